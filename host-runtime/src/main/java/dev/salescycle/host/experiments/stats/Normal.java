package dev.salescycle.host.experiments.stats;

/** The standard normal distribution's tails, to about 14 significant digits. */
public final class Normal {

    private Normal() {
    }

    /** P(Z <= z). */
    public static double cdf(double z) {
        double tail = 0.5 * Gamma.upperRegularized(0.5, z * z / 2);
        return z >= 0 ? 1 - tail : tail;
    }

    /** P(|Z| >= |z|), the two-sided p-value of a z statistic. */
    public static double twoSidedP(double z) {
        return Gamma.upperRegularized(0.5, z * z / 2);
    }
}
