package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.SampleRatio;
import dev.salescycle.host.experiments.stats.SampleRatioCheck;
import java.util.List;

/**
 * The sample-ratio test of the arms' units against their weights, once every arm expects at least 5
 * units (below that the chi-squared approximation does not hold).
 */
final class SampleRatioRule {

    private static final double LEAST_EXPECTED = 5;

    private SampleRatioRule() {
    }

    /** The test, or null while some arm expects fewer than 5 units. */
    static SampleRatioCheck check(Look look) {
        List<Arm> arms = look.arms();
        long[] units = new long[arms.size()];
        double[] weights = new double[arms.size()];
        long total = 0;
        double totalWeight = 0;
        for (int i = 0; i < units.length; i++) {
            units[i] = arms.get(i).primary().units();
            weights[i] = arms.get(i).weight();
            total += units[i];
            totalWeight += weights[i];
        }
        for (double weight : weights) {
            if (total * weight / totalWeight < LEAST_EXPECTED) {
                return null;
            }
        }
        return SampleRatio.test(units, weights);
    }
}
