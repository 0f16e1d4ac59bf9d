package dev.salescycle.host.context;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.PluginState;
import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.settings.Settings;
import java.time.Clock;
import java.util.Currency;

/** The context a plugin receives in one shop, backed by the host's store. */
record HostPluginContext(String shopId, String pluginId, Currency currency, Settings settings, Clock clock,
                         ProductCatalog products, OrderHistory orders, PluginState state) implements PluginContext {
}
