package dev.salescycle.testkit;

import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.model.Product;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fixed product catalogue held in memory.
 *
 * @since 1.0.0
 */
public final class InMemoryCatalog implements ProductCatalog {

    private final Map<String, Product> bySku;

    /** A catalogue of these products; a later product with the same sku replaces an earlier one. */
    public InMemoryCatalog(List<Product> products) {
        this.bySku = products.stream().collect(Collectors.toMap(Product::sku, Function.identity(), (a, b) -> b));
    }

    @Override
    public Optional<Product> find(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    @Override
    public List<Product> all() {
        return bySku.values().stream().sorted(Comparator.comparing(Product::sku)).toList();
    }
}
