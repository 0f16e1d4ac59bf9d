package dev.salescycle.demo.sample;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sample data of one demo shop: its catalogue and the plan for its order history.
 *
 * @param currency   currency of all prices
 * @param products   the catalogue
 * @param pastOrders how to generate past orders
 */
public record SampleShop(Currency currency, List<SampleProduct> products, PastOrderPlan pastOrders) {

    /** Checks that every basket names products of the catalogue. */
    public SampleShop {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(pastOrders, "pastOrders");
        products = List.copyOf(products);
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a sample shop needs at least one product");
        }
        Map<String, SampleProduct> bySku = bySku(products);
        for (Basket basket : pastOrders.baskets()) {
            for (String sku : basket.items().keySet()) {
                if (!bySku.containsKey(sku)) {
                    throw new IllegalArgumentException("basket " + basket.name() + " names unknown sku " + sku);
                }
            }
        }
    }

    /** @return the catalogue keyed by sku, in catalogue order */
    public Map<String, SampleProduct> productsBySku() {
        return bySku(products);
    }

    private static Map<String, SampleProduct> bySku(List<SampleProduct> products) {
        return products.stream().collect(Collectors.toMap(SampleProduct::sku, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("duplicate sku " + a.sku());
                }, LinkedHashMap::new));
    }
}
