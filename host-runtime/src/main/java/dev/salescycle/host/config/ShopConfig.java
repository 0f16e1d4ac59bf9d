package dev.salescycle.host.config;

import java.time.Duration;
import java.util.Currency;
import java.util.List;

/**
 * One shop of the operator config.
 *
 * @param id the shop id used in URLs
 * @param currency the shop's currency
 * @param hookBudget the time budget of one hook call in this shop
 * @param requestBudget the time budget of all hook calls of one request in this shop
 * @param plugins the enabled plugins in execution and display order
 * @param access who may call the shop's routes
 * @param attribution the windows within which an order counts for a plugin's offer, recommendation, block or mail
 */
public record ShopConfig(String id, Currency currency, Duration hookBudget, Duration requestBudget,
                         List<PluginRef> plugins, ShopAccess access, AttributionSettings attribution) {

    public ShopConfig {
        plugins = List.copyOf(plugins);
    }

    /** A copy with another plugin list. */
    public ShopConfig withPlugins(List<PluginRef> replaced) {
        return new ShopConfig(id, currency, hookBudget, requestBudget, replaced, access, attribution);
    }
}
