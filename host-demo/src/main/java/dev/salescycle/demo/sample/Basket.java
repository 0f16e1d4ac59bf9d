package dev.salescycle.demo.sample;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of order that shoppers of a sample shop place, used to generate past orders with
 * clear co-purchase patterns.
 *
 * @param name   what the basket stands for, for people reading the sample file
 * @param weight how often this kind of order is placed, relative to the other baskets
 * @param items  sku to the chance (0..1) that an order of this kind contains it, in file order
 */
public record Basket(String name, int weight, Map<String, Double> items) {

    /** Checks weights and chances and keeps the items in file order. */
    public Basket {
        Objects.requireNonNull(items, "items");
        if (weight < 1) {
            throw new IllegalArgumentException("basket " + name + ": weight must be at least 1");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("basket " + name + ": needs at least one item");
        }
        items.forEach((sku, chance) -> {
            if (chance == null || chance <= 0 || chance > 1) {
                throw new IllegalArgumentException("basket " + name + ": chance of " + sku + " must be in (0, 1]");
            }
        });
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }
}
