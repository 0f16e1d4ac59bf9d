package dev.salescycle.host.experiments.live;

import dev.salescycle.host.experiments.stats.ArmTally;
import dev.salescycle.host.experiments.stats.BinaryTally;
import dev.salescycle.host.store.ExperimentFigures;
import java.util.Map;

/**
 * One variant's figures.
 *
 * @param variant the variant
 * @param share the share of units its weight asks for
 * @param figures units, conversions, orders and revenue from the store
 * @param exposures requests that ran this variant
 * @param primary the primary metric's tally
 * @param guardrails each guardrail's tally (calls due, calls lost)
 */
public record ArmReport(String variant, double share, ExperimentFigures figures, long exposures, ArmTally primary,
                        Map<String, BinaryTally> guardrails) {
}
