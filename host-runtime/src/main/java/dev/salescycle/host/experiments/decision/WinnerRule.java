package dev.salescycle.host.experiments.decision;

import java.util.List;

/** The arm whose interval shows it better than every other arm on the primary metric (higher is better). */
final class WinnerRule {

    private WinnerRule() {
    }

    /** The winner's name, or null if no arm beats every other. */
    static String winner(Look look, List<ArmComparison> pairs) {
        for (Arm arm : look.arms()) {
            String name = arm.variant();
            boolean beatsAll = pairs.stream().allMatch(p ->
                    p.treatment().equals(name) ? p.result().absolute().above(0)
                            : !p.control().equals(name) || p.result().absolute().below(0));
            if (beatsAll) {
                return name;
            }
        }
        return null;
    }
}
