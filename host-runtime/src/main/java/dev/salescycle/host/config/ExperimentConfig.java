package dev.salescycle.host.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment of a shop: at one stage, each unit's variant decides which plugin (or none) runs and with which
 * settings. The first variant is the control.
 *
 * @param id the experiment's id, unique in its shop, without ':'
 * @param salt mixed into the assignment; a new salt is a new run with units shuffled afresh; without ':'
 * @param stage the stage's label, such as {@code conversion-offer}
 * @param unit what is randomised
 * @param metric the primary metric
 * @param guardrails the guardrails by name ({@code timeouts}, {@code breakerTrips}) with their margins
 * @param autoPromote whether a winner becomes the shop's configuration by itself
 * @param revenueCap each unit's revenue is capped at this amount, or null for no cap
 * @param minDuration how long the experiment must run before a winner is called
 * @param tightestAt the units at which the intervals are narrowest
 * @param variants at least two
 * @param origin {@code config} for the config file, {@code api} for the admin API
 * @param path the config path of this experiment, for messages
 * @param locator tells the file and line of a config path
 */
public record ExperimentConfig(String id, String salt, String stage, ExperimentUnit unit, ExperimentMetric metric,
                               Map<String, Double> guardrails, boolean autoPromote, BigDecimal revenueCap,
                               Duration minDuration, long tightestAt, List<ExperimentVariant> variants, String origin,
                               String path, PluginRef.Locator locator) {

    /** The guardrails the host counts. */
    public static final List<String> GUARDRAILS = List.of("timeouts", "breakerTrips");

    public ExperimentConfig {
        guardrails = Collections.unmodifiableMap(new LinkedHashMap<>(guardrails));
        variants = List.copyOf(variants);
    }

    /** A message naming file, line and the field below this experiment's path. */
    public String problem(String field, String message) {
        return locator.problem(field.isEmpty() ? path : path.isEmpty() ? field : path + "." + field, message);
    }

    /** The variant with this name, or null. */
    public ExperimentVariant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
