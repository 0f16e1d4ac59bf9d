package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.Comparison;

/**
 * One guardrail of one variant against the control.
 *
 * @param guardrail the guardrail's name
 * @param treatment the variant checked
 * @param margin    how much higher than the control's the variant's rate may be before it counts as harm
 * @param result    the variant's rate against the control's
 * @param harmed    whether the interval's lower bound is above the margin (with enough data on both sides)
 */
public record GuardrailCheck(String guardrail, String treatment, double margin, Comparison result, boolean harmed) {
}
