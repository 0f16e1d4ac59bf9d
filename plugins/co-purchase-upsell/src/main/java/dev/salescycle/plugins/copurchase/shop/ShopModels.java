package dev.salescycle.plugins.copurchase.shop;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link ShopModel} per shop id; one plugin instance serves every shop. */
public final class ShopModels {

    private final ConcurrentHashMap<String, ShopModel> shops = new ConcurrentHashMap<>();

    /** The shop's model, created empty on first use. */
    public ShopModel of(String shopId) {
        return shops.computeIfAbsent(shopId, id -> new ShopModel());
    }

    /** The shop's model if it has one. */
    public Optional<ShopModel> find(String shopId) {
        return Optional.ofNullable(shops.get(shopId));
    }
}
