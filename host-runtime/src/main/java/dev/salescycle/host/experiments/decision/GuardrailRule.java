package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.BinaryTally;
import dev.salescycle.host.experiments.stats.Comparison;
import dev.salescycle.host.experiments.stats.Lift;
import dev.salescycle.host.experiments.stats.MixtureBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Each variant's guardrails against the control's: harmed when the always-valid interval of the difference
 * in rates lies above the guardrail's margin, with at least the minimum units on both sides. The level is
 * alpha over the number of variants; each guardrail is a test of its own, so more guardrails flag a
 * harmless variant more often, which errs on the side of not promoting it.
 */
final class GuardrailRule {

    private GuardrailRule() {
    }

    static List<GuardrailCheck> check(Look look, DecisionRules rules) {
        List<Arm> arms = look.arms();
        if (look.control().guardrails().isEmpty()) {
            return List.of();
        }
        MixtureBoundary boundary = MixtureBoundary.tightestAt(rules.tightestAt(), rules.alpha() / (arms.size() - 1));
        Arm control = look.control();
        List<GuardrailCheck> checks = new ArrayList<>();
        for (Arm treatment : arms.subList(1, arms.size())) {
            for (String name : new TreeSet<>(control.guardrails().keySet())) {
                BinaryTally theirs = treatment.guardrails().get(name);
                if (theirs == null) {
                    continue;
                }
                BinaryTally ours = control.guardrails().get(name);
                Comparison result = Lift.compare(ours, theirs, boundary);
                double margin = rules.margin(name);
                boolean enough = ours.units() >= rules.minUnitsPerArm() && theirs.units() >= rules.minUnitsPerArm();
                checks.add(new GuardrailCheck(name, treatment.variant(), margin, result,
                        enough && result.absolute().above(margin)));
            }
        }
        return checks;
    }
}
