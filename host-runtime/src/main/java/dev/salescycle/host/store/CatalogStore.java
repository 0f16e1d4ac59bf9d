package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Product;
import java.util.List;
import java.util.Optional;

/**
 * The store's part for one concern: the shops' products. See {@link Store} for what holds for every method:
 * thread-safe, keyed by shop, committed before it returns.
 */
public interface CatalogStore {

    /** Inserts or replaces products by sku; returns how many distinct skus were written. */
    int upsertProducts(String shopId, List<Product> products);

    /** The shop's products in sku order (by character code). */
    List<Product> products(String shopId);

    /** The product with this sku. */
    Optional<Product> product(String shopId, String sku);
}
