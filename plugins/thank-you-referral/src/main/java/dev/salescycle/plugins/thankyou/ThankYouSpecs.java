package dev.salescycle.plugins.thankyou;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.util.List;

/** The settings this plugin declares. */
final class ThankYouSpecs {

    static final String REFERRAL_SECRET = "referralSecret";
    static final String REFERRAL_PREFIX = "referralPrefix";
    static final String REFERRAL_TEXT = "referralText";
    static final String REFERRAL_URL = "referralUrl";
    static final String COUPON_PERCENT = "nextOrderCouponPercent";
    static final String COUPON_PREFIX = "couponPrefix";
    static final String COUPON_VALID_DAYS = "couponValidDays";
    static final String LINKS = "links";

    private ThankYouSpecs() {
    }

    static List<SettingSpec> all() {
        return List.of(
                SettingSpec.of(REFERRAL_SECRET, SettingType.STRING, null,
                        "Key (16 characters or more) for deriving referral and coupon codes; when unset a random "
                                + "key is made for the shop and kept. Changing it changes the codes of new orders."),
                SettingSpec.of(REFERRAL_PREFIX, SettingType.STRING, "FRIEND-",
                        "Start of every referral code: letters, digits, '-' or '_', at most 20."),
                SettingSpec.of(REFERRAL_TEXT, SettingType.STRING, "Share your personal code with friends.",
                        "The sentence shown with the referral code."),
                SettingSpec.of(REFERRAL_URL, SettingType.STRING, "https://example.com/r/{code}",
                        "Link to share; {code} is replaced by the referral code. Empty for no link."),
                SettingSpec.of(COUPON_PERCENT, SettingType.INTEGER, "10",
                        "Percent off the next order; 0 shows no coupon.").range(0, 90),
                SettingSpec.of(COUPON_PREFIX, SettingType.STRING, "THANKS-",
                        "Start of every next-order coupon code: letters, digits, '-' or '_', at most 20."),
                SettingSpec.of(COUPON_VALID_DAYS, SettingType.INTEGER, "30",
                        "How many days after the order the coupon is valid.").range(1, 3650),
                SettingSpec.of(LINKS, SettingType.STRUCTURE, null,
                        "How-to links shown last: a list of {title: text, url: http(s) address or /path}."));
    }
}
