package dev.salescycle.sdk.model;

import java.util.Objects;

/**
 * A product of a shop's catalogue.
 *
 * @param sku the shop's stock-keeping unit, unique within the shop
 * @param name the display name
 * @param price the current unit price
 * @param url the product page, or null
 * @param imageUrl a picture, or null
 * @since 1.0.0
 */
public record Product(String sku, String name, Money price, String url, String imageUrl) {

    /**
     * Checks the product.
     *
     * @throws NullPointerException if {@code sku}, {@code name} or {@code price} is null
     * @throws IllegalArgumentException if the sku is blank
     */
    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        if (sku.isBlank()) {
            throw new IllegalArgumentException("sku must not be blank");
        }
    }
}
