package dev.salescycle.plugins.conversionoffers;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.math.BigDecimal;
import java.util.List;

/**
 * The settings this plugin declares, as read for one shop.
 *
 * @param firstOrderCoupon the code for the first-order discount, or null when it applies without a code
 * @param freeShippingThreshold the subtotal from which shipping is free, in the cart's currency
 */
record OfferSettings(int firstOrderDiscountPercent, String firstOrderCoupon, boolean freeShipping,
                     BigDecimal freeShippingThreshold, List<Bundle> bundles) {

    static final String FIRST_ORDER_PERCENT = "firstOrderDiscountPercent";
    static final String FIRST_ORDER_COUPON = "firstOrderCoupon";
    static final String FREE_SHIPPING = "freeShipping";
    static final String FREE_SHIPPING_THRESHOLD = "freeShippingThreshold";
    static final String BUNDLES = "bundles";

    OfferSettings {
        bundles = List.copyOf(bundles);
    }

    static List<SettingSpec> specs() {
        return List.of(
                SettingSpec.of(FIRST_ORDER_PERCENT, SettingType.INTEGER, "10",
                        "Percent off the first order of shoppers the shop does not know; 0 turns it off.").range(0, 90),
                SettingSpec.of(FIRST_ORDER_COUPON, SettingType.STRING, "WELCOME10",
                        "Coupon code for the first-order discount; empty when it applies without a code."),
                SettingSpec.of(FREE_SHIPPING, SettingType.BOOLEAN, "true",
                        "Whether to offer free shipping from freeShippingThreshold and nudge towards it."),
                SettingSpec.of(FREE_SHIPPING_THRESHOLD, SettingType.DECIMAL, "50.00",
                        "Cart subtotal from which shipping is free, in the cart's currency.").range(0, null),
                SettingSpec.of(BUNDLES, SettingType.STRUCTURE, null,
                        "Bundle deals: a list of {skus: [..], percentOff: n, title?: text}; "
                                + "a cart holding every sku of a bundle gets percentOff off those items."));
    }

    /**
     * The settings of one shop.
     *
     * @throws IllegalArgumentException naming the setting when a value the host cannot check is wrong
     */
    static OfferSettings read(Settings settings) {
        String coupon = settings.string(FIRST_ORDER_COUPON).map(String::trim).filter(c -> !c.isEmpty()).orElse(null);
        return new OfferSettings(settings.integer(FIRST_ORDER_PERCENT), coupon, settings.bool(FREE_SHIPPING),
                settings.decimal(FREE_SHIPPING_THRESHOLD), Bundle.parseAll(settings.structure(BUNDLES).orElse(null)));
    }
}
