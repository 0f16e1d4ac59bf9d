package dev.salescycle.sdk.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An offer shown with a cart. The host adds the id of the plugin that made it.
 *
 * @param id an id stable for the same offer, for example {@code first-order-10}
 * @param type the kind of offer
 * @param title a short headline
 * @param message one sentence for the shopper, for example {@code "Add 7.50 EUR more for free shipping"}
 * @param discount the money off, or null
 * @param percentOff the percentage off, or null
 * @param couponCode a code to enter at checkout, or null
 * @param details further facts (for example {@code missing}: the amount still to add), never null
 * @since 1.0.0
 */
public record Offer(String id, OfferType type, String title, String message, Money discount,
                    BigDecimal percentOff, String couponCode, Map<String, Object> details) {

    /**
     * Checks the offer; a null message counts as empty, null details as none.
     *
     * @throws NullPointerException if {@code id}, {@code type} or {@code title} is null
     */
    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        message = message == null ? "" : message;
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
