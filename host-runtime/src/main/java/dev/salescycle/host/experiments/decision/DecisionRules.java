package dev.salescycle.host.experiments.decision;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a winner must pass, and the statistics' settings. {@link #defaults()} holds the documented
 * defaults; the {@code with...} methods change one rule.
 *
 * @param alpha                the error rate of the primary comparison, spread over all pairs of arms (0.05)
 * @param minUnitsPerArm       units every arm needs before a winner is called; also the least denominator of
 *                             a guardrail on both sides before it can count as harmed (100)
 * @param minConversionsPerArm conversions (units with a yes or a non-zero amount) every arm needs (25)
 * @param minDuration          how long the experiment must have run, one weekly cycle by default (7 days)
 * @param sampleRatioAlpha     the p-value under which the split counts as a sample-ratio mismatch (0.001)
 * @param tightestAt           the units, over the two arms compared, at which the intervals are narrowest:
 *                             the mixture's tuning parameter (50,000)
 * @param guardrailMargins     per guardrail, how much higher than the control's a variant's rate may be
 *                             before it counts as harm (absolute, 0.002 is 0.2 percentage points); 0 if absent
 */
public record DecisionRules(double alpha, long minUnitsPerArm, long minConversionsPerArm, Duration minDuration,
                            double sampleRatioAlpha, long tightestAt, Map<String, Double> guardrailMargins) {

    public DecisionRules {
        Objects.requireNonNull(minDuration, "minDuration");
        guardrailMargins = Map.copyOf(guardrailMargins);
        if (!(alpha > 0 && alpha < 1) || !(sampleRatioAlpha > 0 && sampleRatioAlpha < 1)) {
            throw new IllegalArgumentException("alpha and sampleRatioAlpha must be between 0 and 1");
        }
        if (minUnitsPerArm < 0 || minConversionsPerArm < 0 || minDuration.isNegative() || tightestAt < 1) {
            throw new IllegalArgumentException("Minimums must not be negative and tightestAt must be at least 1");
        }
        if (guardrailMargins.values().stream().anyMatch(m -> !(m >= 0) || m.isInfinite())) {
            throw new IllegalArgumentException("Guardrail margins must be finite and not negative: " + guardrailMargins);
        }
    }

    /** alpha 0.05, 100 units and 25 conversions per arm, 7 days, sample ratio at p < 0.001, tightest at 50,000 units. */
    public static DecisionRules defaults() {
        return new DecisionRules(0.05, 100, 25, Duration.ofDays(7), 0.001, 50_000, Map.of());
    }

    /** These rules with another minimum duration ({@link Duration#ZERO} for none). */
    public DecisionRules withMinDuration(Duration duration) {
        return new DecisionRules(alpha, minUnitsPerArm, minConversionsPerArm, duration, sampleRatioAlpha, tightestAt,
                guardrailMargins);
    }

    /** These rules with the intervals narrowest at {@code units} units. */
    public DecisionRules withTightestAt(long units) {
        return new DecisionRules(alpha, minUnitsPerArm, minConversionsPerArm, minDuration, sampleRatioAlpha, units,
                guardrailMargins);
    }

    /** These rules with a margin for one guardrail. */
    public DecisionRules withGuardrailMargin(String guardrail, double margin) {
        Map<String, Double> margins = new HashMap<>(guardrailMargins);
        margins.put(guardrail, margin);
        return new DecisionRules(alpha, minUnitsPerArm, minConversionsPerArm, minDuration, sampleRatioAlpha, tightestAt,
                margins);
    }

    /** The margin of a guardrail, 0 unless set. */
    public double margin(String guardrail) {
        return guardrailMargins.getOrDefault(guardrail, 0.0);
    }
}
