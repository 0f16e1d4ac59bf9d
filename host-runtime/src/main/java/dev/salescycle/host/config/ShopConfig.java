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
 * @param plugins the enabled plugins in execution and display order
 */
public record ShopConfig(String id, Currency currency, Duration hookBudget, List<PluginRef> plugins) {

    public ShopConfig {
        plugins = List.copyOf(plugins);
    }
}
