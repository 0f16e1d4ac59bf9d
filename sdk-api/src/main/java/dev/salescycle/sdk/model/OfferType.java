package dev.salescycle.sdk.model;

/**
 * The kind of a conversion offer.
 *
 * @since 1.0.0
 */
public enum OfferType {
    /** Money or a percentage off the cart. */
    DISCOUNT,
    /** Shipping is free for this cart. */
    FREE_SHIPPING,
    /** A nudge: add a little more to reach a threshold (free shipping, a gift). */
    NUDGE,
    /** A price for buying items together. */
    BUNDLE,
    /** A coupon code to use now or later. */
    COUPON,
    /**
     * A paid add-on the shopper may add to the cart, such as gift wrapping, insurance or an extended
     * warranty: its {@link Offer#price() price} is what it costs, in the cart's currency.
     *
     * @since 1.1.0
     */
    ADD_ON
}
