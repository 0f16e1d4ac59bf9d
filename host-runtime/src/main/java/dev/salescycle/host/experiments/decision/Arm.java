package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.ArmTally;
import dev.salescycle.host.experiments.stats.BinaryTally;
import java.util.Map;
import java.util.Objects;

/**
 * One variant's figures at a look.
 *
 * @param variant    the variant's name
 * @param weight     its configured weight (relative to the other arms'), greater than 0
 * @param primary    the primary metric's tally
 * @param guardrails each guardrail's tally by guardrail name: a yes/no count of the guardrail's own
 *                   denominator (calls that timed out, orders refunded), where a higher rate is worse
 */
public record Arm(String variant, double weight, ArmTally primary, Map<String, BinaryTally> guardrails) {

    public Arm {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(primary, "primary");
        guardrails = Map.copyOf(guardrails);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Arm " + variant + ": weight must be positive and finite, was " + weight);
        }
    }

    /** An arm without guardrails. */
    public static Arm of(String variant, double weight, ArmTally primary) {
        return new Arm(variant, weight, primary, Map.of());
    }
}
