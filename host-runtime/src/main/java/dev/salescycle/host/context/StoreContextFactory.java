package dev.salescycle.host.context;

import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.dispatch.ContextFactory;
import dev.salescycle.host.store.Store;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.settings.Settings;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Makes store-backed plugin contexts; all plugins of a shop share one product cache. */
public final class StoreContextFactory implements ContextFactory {

    private final Store store;
    private final Clock clock;
    private final Map<String, ProductCache> catalogs = new ConcurrentHashMap<>();

    public StoreContextFactory(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The shop's product cache (created on first use). */
    public ProductCache catalog(String shopId) {
        return catalogs.computeIfAbsent(shopId, id -> new ProductCache(store, id));
    }

    @Override
    public PluginContext create(ShopConfig shop, String pluginId, Settings settings) {
        return new HostPluginContext(shop.id(), pluginId, shop.currency(), settings, clock, catalog(shop.id()),
                new StoreOrderHistory(store, shop.id()), new StorePluginState(store, shop.id(), pluginId));
    }
}
