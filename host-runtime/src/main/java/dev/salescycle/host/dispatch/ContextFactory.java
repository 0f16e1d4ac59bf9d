package dev.salescycle.host.dispatch;

import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.settings.Settings;

/** Makes the context a plugin receives in a shop; the host backs it by its store, the test kit by memory. */
@FunctionalInterface
public interface ContextFactory {
    PluginContext create(ShopConfig shop, String pluginId, Settings settings);
}
