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
 * @param experiments the shop's experiments, at most one per stage
 */
public record ShopConfig(String id, Currency currency, Duration hookBudget, Duration requestBudget,
                         List<PluginRef> plugins, ShopAccess access, AttributionSettings attribution,
                         List<ExperimentConfig> experiments) {

    public ShopConfig {
        plugins = List.copyOf(plugins);
        experiments = List.copyOf(experiments);
    }

    /** A shop without experiments. */
    public ShopConfig(String id, Currency currency, Duration hookBudget, Duration requestBudget,
                      List<PluginRef> plugins, ShopAccess access, AttributionSettings attribution) {
        this(id, currency, hookBudget, requestBudget, plugins, access, attribution, List.of());
    }

    /** A copy with another plugin list. */
    public ShopConfig withPlugins(List<PluginRef> replaced) {
        return new ShopConfig(id, currency, hookBudget, requestBudget, replaced, access, attribution, experiments);
    }

    /** A copy with another list of experiments. */
    public ShopConfig withExperiments(List<ExperimentConfig> replaced) {
        return new ShopConfig(id, currency, hookBudget, requestBudget, plugins, access, attribution, replaced);
    }

    /** The experiment with this id, or null. */
    public ExperimentConfig experiment(String experimentId) {
        return experiments.stream().filter(e -> e.id().equals(experimentId)).findFirst().orElse(null);
    }
}
