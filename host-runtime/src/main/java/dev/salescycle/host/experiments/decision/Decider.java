package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.MixtureBoundary;
import dev.salescycle.host.experiments.stats.SampleRatioCheck;
import java.util.List;
import java.util.Objects;

/**
 * Applies {@link DecisionRules} to a {@link Look}: a pure function of the counts, so any host computes the
 * same decision from the same stored figures, as often as it likes. The order of the rules is that of
 * {@link Verdict}.
 */
public final class Decider {

    private final DecisionRules rules;

    public Decider(DecisionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The decision at this look. */
    public Decision decide(Look look) {
        MixtureBoundary boundary = MixtureBoundary.tightestAt(rules.tightestAt(),
                rules.alpha() / PairwiseComparisons.pairs(look.arms().size()));
        List<ArmComparison> pairs = PairwiseComparisons.of(look, boundary);
        SampleRatioCheck sampleRatio = SampleRatioRule.check(look);
        List<GuardrailCheck> guardrails = GuardrailRule.check(look, rules);
        if (sampleRatio != null && sampleRatio.pValue() < rules.sampleRatioAlpha()) {
            return decision(Verdict.SAMPLE_RATIO_MISMATCH, null,
                    Wording.sampleRatio(look, sampleRatio, rules.sampleRatioAlpha()), sampleRatio, pairs, guardrails);
        }
        GuardrailCheck harm = guardrails.stream().filter(GuardrailCheck::harmed).findFirst().orElse(null);
        if (harm != null) {
            return decision(Verdict.GUARDRAIL_HARMED, null, Wording.harmed(harm), sampleRatio, pairs, guardrails);
        }
        String missing = MinimumDataRule.missing(look, rules);
        if (missing != null) {
            return decision(Verdict.COLLECTING, null, "Waiting for " + missing, sampleRatio, pairs, guardrails);
        }
        String winner = WinnerRule.winner(look, pairs);
        if (winner == null) {
            return decision(Verdict.NO_DIFFERENCE_YET, null, Wording.noWinner(pairs), sampleRatio, pairs, guardrails);
        }
        return decision(Verdict.WINNER, winner, winnerReason(winner, pairs), sampleRatio, pairs, guardrails);
    }

    private static String winnerReason(String winner, List<ArmComparison> pairs) {
        ArmComparison first = pairs.stream()
                .filter(p -> p.control().equals(winner) || p.treatment().equals(winner)).findFirst().orElseThrow();
        boolean asTreatment = first.treatment().equals(winner);
        return Wording.beats(winner, asTreatment ? first.control() : first.treatment(), first.result(), asTreatment);
    }

    private static Decision decision(Verdict verdict, String winner, String reason, SampleRatioCheck sampleRatio,
                                     List<ArmComparison> pairs, List<GuardrailCheck> guardrails) {
        return new Decision(verdict, winner, reason, sampleRatio, pairs, guardrails);
    }
}
