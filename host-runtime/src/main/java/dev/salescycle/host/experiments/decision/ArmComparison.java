package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.Comparison;

/**
 * Two arms compared on the primary metric.
 *
 * @param control   the arm compared against
 * @param treatment the arm compared
 * @param result    treatment against control
 */
public record ArmComparison(String control, String treatment, Comparison result) {
}
