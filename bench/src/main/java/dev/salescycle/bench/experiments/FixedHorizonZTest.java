package dev.salescycle.bench.experiments;

import dev.salescycle.host.experiments.stats.ArmTally;
import dev.salescycle.host.experiments.stats.BinaryTally;
import dev.salescycle.host.experiments.stats.Normal;

/**
 * The classical test the engine is compared with, valid only when read once at a sample size fixed in
 * advance: the pooled two-proportion z-test for conversions, the unpooled (Welch) z-test for amounts.
 */
final class FixedHorizonZTest {

    private FixedHorizonZTest() {
    }

    static double pValue(ArmTally a, ArmTally b) {
        double na = a.units();
        double nb = b.units();
        double variance;
        if (a instanceof BinaryTally && b instanceof BinaryTally) {
            double pooled = (a.conversions() + b.conversions()) / (na + nb);
            variance = pooled * (1 - pooled) * (1 / na + 1 / nb);
        } else {
            variance = a.unitVariance() / na + b.unitVariance() / nb;
        }
        if (!(variance > 0) || Double.isInfinite(variance)) {
            return 1;
        }
        return Normal.twoSidedP((b.mean() - a.mean()) / Math.sqrt(variance));
    }
}
