package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.Lift;
import dev.salescycle.host.experiments.stats.MixtureBoundary;
import java.util.ArrayList;
import java.util.List;

/** Every pair of arms on the primary metric, the control's pairs first, each arm after the earlier one. */
final class PairwiseComparisons {

    private PairwiseComparisons() {
    }

    /** The number of pairs among {@code arms} arms. */
    static int pairs(int arms) {
        return arms * (arms - 1) / 2;
    }

    static List<ArmComparison> of(Look look, MixtureBoundary boundary) {
        List<Arm> arms = look.arms();
        List<ArmComparison> pairs = new ArrayList<>(pairs(arms.size()));
        for (int i = 0; i < arms.size(); i++) {
            for (int j = i + 1; j < arms.size(); j++) {
                Arm control = arms.get(i);
                Arm treatment = arms.get(j);
                pairs.add(new ArmComparison(control.variant(), treatment.variant(),
                        Lift.compare(control.primary(), treatment.primary(), boundary)));
            }
        }
        return pairs;
    }
}
