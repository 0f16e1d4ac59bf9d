package dev.salescycle.sdk.model;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A placed order.
 *
 * @param orderId the storefront's order id, unique within the shop
 * @param customerEmail the customer's e-mail address, or null for imported anonymous baskets
 * @param customerName the customer's name, or null
 * @param currency the order's currency
 * @param lines the lines, at least one
 * @param total the amount paid
 * @param placedAt when the order was placed
 * @since 1.0.0
 */
public record Order(String orderId, String customerEmail, String customerName, Currency currency,
                    List<CartLine> lines, Money total, Instant placedAt) {

    /**
     * Checks the order.
     *
     * @throws NullPointerException if {@code orderId}, {@code currency}, {@code total}, {@code placedAt} or {@code lines} is null
     * @throws IllegalArgumentException if there is no line
     */
    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(placedAt, "placedAt");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
    }
}
