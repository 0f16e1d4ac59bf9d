package dev.salescycle.sdk.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An offer shown with a cart. The host adds the id of the plugin that made it, and drops an offer whose
 * {@code discount} or {@code price} is in another currency than the cart's.
 *
 * @param id an id stable for the same offer, for example {@code first-order-10}
 * @param type the kind of offer
 * @param title a short headline
 * @param message one sentence for the shopper, for example {@code "Add 7.50 EUR more for free shipping"}
 * @param discount the money off, or null
 * @param percentOff the percentage off, or null
 * @param couponCode a code to enter at checkout, or null
 * @param details further facts (for example {@code missing}: the amount still to add), never null
 * @param price what the shopper pays: required for an {@link OfferType#ADD_ON add-on}, the price of the
 *     items together for a {@link OfferType#BUNDLE bundle}, else usually null (since 1.1.0)
 * @since 1.0.0
 */
public record Offer(String id, OfferType type, String title, String message, Money discount,
                    BigDecimal percentOff, String couponCode, Map<String, Object> details, Money price) {

    /**
     * Checks the offer; a null message counts as empty, null details as none.
     *
     * @throws NullPointerException if {@code id}, {@code type} or {@code title} is null
     * @throws IllegalArgumentException if an add-on has no price, or the price is negative
     * @since 1.1.0
     */
    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        message = message == null ? "" : message;
        details = details == null ? Map.of() : Map.copyOf(details);
        if (type == OfferType.ADD_ON && price == null) {
            throw new IllegalArgumentException("an ADD_ON offer needs a price");
        }
        if (price != null && price.isNegative()) {
            throw new IllegalArgumentException("price must not be negative");
        }
    }

    /**
     * An offer without a price, as in SDK 1.0.0; for any type but {@link OfferType#ADD_ON}.
     *
     * @throws NullPointerException if {@code id}, {@code type} or {@code title} is null
     * @throws IllegalArgumentException if the type is {@link OfferType#ADD_ON}, which needs a price
     */
    public Offer(String id, OfferType type, String title, String message, Money discount,
                 BigDecimal percentOff, String couponCode, Map<String, Object> details) {
        this(id, type, title, message, discount, percentOff, couponCode, details, null);
    }

    /**
     * A paid add-on, such as {@code Offer.addOn("gift-wrap", "Gift wrapping", "Wrapped with a card", price)}.
     *
     * @param id an id stable for the same add-on
     * @param title a short headline
     * @param message one sentence for the shopper, or null
     * @param price what the add-on costs, in the cart's currency
     * @since 1.1.0
     */
    public static Offer addOn(String id, String title, String message, Money price) {
        return new Offer(id, OfferType.ADD_ON, title, message, null, null, null, Map.of(), price);
    }
}
