package dev.salescycle.sdk;

import dev.salescycle.sdk.settings.Settings;
import java.time.Clock;
import java.util.Currency;

/**
 * The narrow view of the host that each hook call receives. A plugin never sees the plugin manager,
 * the store or other plugins.
 *
 * @since 1.0.0
 */
public interface PluginContext {

    /** The shop this call is for. */
    String shopId();

    /** The id of the plugin being called. */
    String pluginId();

    /** The shop's currency. */
    Currency currency();

    /** This plugin's settings for this shop, validated against its declared specs. */
    Settings settings();

    /** The host's clock; use it instead of {@code Instant.now()} so tests can fix time. */
    Clock clock();

    /** Read access to the shop's products. */
    ProductCatalog products();

    /** Read access to the shop's orders and customers. */
    OrderHistory orders();

    /** A small key-value store private to this plugin and shop, kept across restarts. */
    PluginState state();
}
