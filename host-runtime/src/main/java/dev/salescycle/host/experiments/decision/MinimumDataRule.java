package dev.salescycle.host.experiments.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What is still missing before a winner may be called: units and conversions per arm, and days. */
final class MinimumDataRule {

    private MinimumDataRule() {
    }

    /** What is missing, e.g. {@code "B: 12 of 25 conversions; 3.0 of 7.0 days"}, or null if nothing is. */
    static String missing(Look look, DecisionRules rules) {
        List<String> gaps = new ArrayList<>();
        for (Arm arm : look.arms()) {
            if (arm.primary().units() < rules.minUnitsPerArm()) {
                gaps.add(arm.variant() + ": " + arm.primary().units() + " of " + rules.minUnitsPerArm() + " units");
            }
            if (arm.primary().conversions() < rules.minConversionsPerArm()) {
                gaps.add(arm.variant() + ": " + arm.primary().conversions() + " of " + rules.minConversionsPerArm()
                        + " conversions");
            }
        }
        if (look.running().compareTo(rules.minDuration()) < 0) {
            gaps.add(String.format(Locale.ROOT, "%.1f of %.1f days",
                    days(look.running().toSeconds()), days(rules.minDuration().toSeconds())));
        }
        return gaps.isEmpty() ? null : String.join("; ", gaps);
    }

    private static double days(long seconds) {
        return seconds / 86_400.0;
    }
}
