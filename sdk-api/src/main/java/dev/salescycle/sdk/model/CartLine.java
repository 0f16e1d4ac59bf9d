package dev.salescycle.sdk.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a cart or order.
 *
 * @param sku the product's sku
 * @param name the display name, or null
 * @param quantity how many, at least 1
 * @param unitPrice the price of one
 * @since 1.0.0
 */
public record CartLine(String sku, String name, int quantity, Money unitPrice) {

    /**
     * Checks the line.
     *
     * @throws NullPointerException if {@code sku} or {@code unitPrice} is null
     * @throws IllegalArgumentException if the sku is blank, the quantity below 1 or the price negative
     */
    public CartLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (sku.isBlank()) {
            throw new IllegalArgumentException("sku must not be blank");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("unitPrice must not be negative");
        }
    }

    /** Quantity times unit price. */
    public Money lineTotal() {
        return unitPrice.times(BigDecimal.valueOf(quantity));
    }
}
