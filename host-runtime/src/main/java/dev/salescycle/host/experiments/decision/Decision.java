package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.SampleRatioCheck;
import java.util.List;

/**
 * What the rules conclude at a look, with the figures behind it.
 *
 * @param verdict     the conclusion
 * @param winner      the winning variant's name when the verdict is {@link Verdict#WINNER}, else null
 * @param reason      one sentence for an operator saying why
 * @param sampleRatio the sample-ratio test, or null until every arm expects at least 5 units
 * @param comparisons every pair of arms on the primary metric (each arm against the control first), their
 *                    intervals at the level that makes all pairs hold together (Bonferroni)
 * @param guardrails  every guardrail of every variant against the control
 */
public record Decision(Verdict verdict, String winner, String reason, SampleRatioCheck sampleRatio,
                       List<ArmComparison> comparisons, List<GuardrailCheck> guardrails) {

    public Decision {
        comparisons = List.copyOf(comparisons);
        guardrails = List.copyOf(guardrails);
    }

    /** Whether the winner may be promoted automatically: only with a winner, so never on a sample-ratio mismatch. */
    public boolean promotable() {
        return verdict == Verdict.WINNER;
    }
}
