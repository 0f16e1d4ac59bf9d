package dev.salescycle.demo.sample;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product of a sample shop, as listed in its sample file.
 *
 * @param sku   the shop's stock-keeping unit
 * @param name  display name
 * @param price unit price in the sample shop's currency
 */
public record SampleProduct(String sku, String name, BigDecimal price) {

    /** Rejects incomplete entries so a broken sample file fails loudly. */
    public SampleProduct {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price of " + sku + " must not be negative");
        }
    }
}
