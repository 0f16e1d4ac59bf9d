package dev.salescycle.host.context;

import dev.salescycle.host.store.CatalogStore;
import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.model.Product;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One shop's products, read from the store once and kept in memory: catalogue look-ups sit on the
 * cart path. {@link #reload()} after every write through the host.
 */
public final class ProductCache implements ProductCatalog {

    private final CatalogStore store;
    private final String shopId;
    private volatile Map<String, Product> bySku;

    public ProductCache(CatalogStore store, String shopId) {
        this.store = store;
        this.shopId = shopId;
        reload();
    }

    public void reload() {
        Map<String, Product> fresh = new LinkedHashMap<>();
        store.products(shopId).forEach(p -> fresh.put(p.sku(), p));
        bySku = java.util.Collections.unmodifiableMap(fresh);
    }

    @Override
    public Optional<Product> find(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    @Override
    public List<Product> all() {
        return List.copyOf(bySku.values());
    }
}
