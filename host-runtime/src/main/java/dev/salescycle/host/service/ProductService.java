package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.domain.InvalidInputException;
import dev.salescycle.host.context.StoreContextFactory;
import dev.salescycle.host.store.CatalogStore;
import dev.salescycle.sdk.model.Product;
import java.util.List;

/** Writes a shop's products and refreshes the in-memory catalogue the plugins read. */
public final class ProductService {

    private final RunningShops shops;
    private final CatalogStore store;
    private final StoreContextFactory contexts;

    public ProductService(RunningShops shops, CatalogStore store, StoreContextFactory contexts) {
        this.shops = shops;
        this.store = store;
        this.contexts = contexts;
    }

    public int upsert(String shopId, List<Product> products) {
        var shop = shops.require(shopId);
        for (int i = 0; i < products.size(); i++) {
            if (!products.get(i).price().currency().equals(shop.config().currency())) {
                throw InvalidInputException.field("[" + i + "].currency", "expected " + shop.config().currency()
                        + " (the shop's currency), got " + products.get(i).price().currency());
            }
        }
        int upserted = store.upsertProducts(shopId, products);
        contexts.catalog(shopId).reload();
        return upserted;
    }

    public List<Product> list(String shopId) {
        shops.require(shopId);
        return contexts.catalog(shopId).all();
    }
}
