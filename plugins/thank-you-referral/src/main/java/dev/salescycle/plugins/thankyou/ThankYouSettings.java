package dev.salescycle.plugins.thankyou;

import dev.salescycle.plugins.support.SettingChecks;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.COUPON_PERCENT;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.COUPON_PREFIX;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.COUPON_VALID_DAYS;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.LINKS;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.REFERRAL_PREFIX;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.REFERRAL_SECRET;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.REFERRAL_TEXT;
import static dev.salescycle.plugins.thankyou.ThankYouSpecs.REFERRAL_URL;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.Settings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The settings of one shop, checked.
 *
 * @param referralSecret the operator's key, or null to use the shop's generated key
 * @param referralUrl the link template, or empty for none
 */
record ThankYouSettings(String referralSecret, String referralPrefix, String referralText, String referralUrl,
                        int nextOrderCouponPercent, String couponPrefix, int couponValidDays, List<Link> links) {

    static List<SettingSpec> specs() {
        return ThankYouSpecs.all();
    }

    /**
     * The settings of one shop.
     *
     * @throws IllegalArgumentException naming the setting when a value the host cannot check is wrong
     */
    static ThankYouSettings read(Settings settings) {
        String url = settings.string(REFERRAL_URL).orElse("").trim();
        return new ThankYouSettings(
                SettingChecks.secret(REFERRAL_SECRET, settings.string(REFERRAL_SECRET).orElse(null)),
                SettingChecks.prefix(REFERRAL_PREFIX, settings.string(REFERRAL_PREFIX).orElse("")),
                settings.string(REFERRAL_TEXT).orElse(""),
                url.isEmpty() ? url : SettingChecks.address(REFERRAL_URL, url),
                settings.integer(COUPON_PERCENT),
                SettingChecks.prefix(COUPON_PREFIX, settings.string(COUPON_PREFIX).orElse("")),
                settings.integer(COUPON_VALID_DAYS),
                Link.parseAll(settings.structure(LINKS).orElse(null)));
    }

    /** The address to share for this code, or null when no link is configured. */
    String referralUrl(String code) {
        return referralUrl.isEmpty() ? null
                : referralUrl.replace("{code}", URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    /** What the next-order coupon gives and until when (UTC date), counted from the order's time. */
    String couponText(Instant placedAt) {
        LocalDate until = placedAt.plus(couponValidDays, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).toLocalDate();
        return nextOrderCouponPercent + "% off your next order with this code, valid for " + couponValidDays
                + (couponValidDays == 1 ? " day" : " days") + " (until " + until + ").";
    }
}
