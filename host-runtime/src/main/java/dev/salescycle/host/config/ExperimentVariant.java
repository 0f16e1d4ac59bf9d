package dev.salescycle.host.config;

import java.math.BigDecimal;

/**
 * One variant of an experiment.
 *
 * @param name the variant's name, unique in its experiment
 * @param weight its relative share of units, greater than zero
 * @param plugin the plugin that runs at the experiment's stage for this variant's units, with its settings
 *               (the shop's entry for the plugin with the variant's settings laid over it); null for none (a holdout)
 * @param path the config path of this variant, for messages
 */
public record ExperimentVariant(String name, BigDecimal weight, PluginRef plugin, String path) {
}
