package dev.salescycle.plugins.support;

import dev.salescycle.sdk.PluginContext;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ShopSecret}s kept in memory once read, so that a hook that derives codes on every order does not
 * read the plugin's state each time. Only a secret found already stored is kept: one this call has just
 * made may still be replaced by a first call racing on another host.
 *
 * @since 1.0.0
 */
public final class ShopSecrets {

    private final ConcurrentHashMap<String, byte[]> byShop = new ConcurrentHashMap<>();

    /** The calling shop's key; {@code configured} is the operator's secret, or null. */
    public byte[] of(PluginContext context, String configured) {
        if (configured != null) {
            return ShopSecret.of(context.state(), configured);
        }
        byte[] known = byShop.get(context.shopId());
        if (known != null) {
            return known.clone();
        }
        Optional<byte[]> stored = ShopSecret.stored(context.state());
        if (stored.isEmpty()) {
            return ShopSecret.of(context.state(), null);
        }
        byShop.put(context.shopId(), stored.get());
        return stored.get().clone();
    }
}
