package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.plugins.support.SettingChecks;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The settings of one shop, checked.
 *
 * @param reviewUrl the review link template, or empty for none
 * @param couponSecret the operator's key for coupon codes, or null to use the shop's generated key
 */
record DripSettings(List<DripStep> steps, String reviewUrl, String couponPrefix, String couponSecret) {

    static final String STEPS = "steps";
    static final String REVIEW_URL = "reviewUrl";
    static final String COUPON_PREFIX = "couponPrefix";
    static final String COUPON_SECRET = "couponSecret";

    static List<SettingSpec> specs() {
        return List.of(
                SettingSpec.of(STEPS, SettingType.STRUCTURE, null,
                        "Messages after each order: a list of {after: ISO duration, template: " + Template.ids()
                                + ", couponPercent?: 1..90}; default P1D welcome, P14D review-request, "
                                + "P60D win-back with 15% off."),
                SettingSpec.of(REVIEW_URL, SettingType.STRING, "https://example.com/review/{orderId}",
                        "Link in review requests; {orderId} is replaced by the order id. Empty for no link."),
                SettingSpec.of(COUPON_PREFIX, SettingType.STRING, "COMEBACK-",
                        "Start of every coupon code: letters, digits, '-' or '_', at most 20."),
                SettingSpec.of(COUPON_SECRET, SettingType.STRING, null,
                        "Key (16 characters or more) for deriving coupon codes; when unset a random key "
                                + "is made for the shop and kept."));
    }

    /**
     * The settings of one shop.
     *
     * @throws IllegalArgumentException naming the setting (and step) when a value is wrong
     */
    static DripSettings read(Settings settings) {
        String url = settings.string(REVIEW_URL).orElse("").trim();
        return new DripSettings(
                StepParser.parse(settings.structure(STEPS).orElse(null)),
                url.isEmpty() ? url : SettingChecks.address(REVIEW_URL, url),
                SettingChecks.prefix(COUPON_PREFIX, settings.string(COUPON_PREFIX).orElse("")),
                SettingChecks.secret(COUPON_SECRET, settings.string(COUPON_SECRET).orElse(null)));
    }

    /** The review link for the order, or null when none is configured. */
    String reviewUrl(String orderId) {
        return reviewUrl.isEmpty() || orderId == null ? null
                : reviewUrl.replace("{orderId}", URLEncoder.encode(orderId, StandardCharsets.UTF_8));
    }
}
