package dev.salescycle.host.experiments.stats;

/**
 * Pearson's chi-squared goodness-of-fit test of the units each arm got against the shares its weights
 * promise: a sample-ratio mismatch means units are lost, duplicated or steered on the way (a redirect that
 * drops some, a bot that lands in one arm), and then no comparison between the arms can be trusted.
 */
public final class SampleRatio {

    private SampleRatio() {
    }

    /**
     * The test of {@code units[i]} against {@code shares[i]} (positive, scaled to sum to 1 here).
     *
     * @return the statistic, its degrees of freedom (arms - 1) and its p-value
     */
    public static SampleRatioCheck test(long[] units, double[] shares) {
        if (units.length != shares.length || units.length < 2) {
            throw new IllegalArgumentException("Need one share per arm and at least 2 arms");
        }
        double totalShare = 0;
        long total = 0;
        for (int i = 0; i < units.length; i++) {
            if (!(shares[i] > 0) || units[i] < 0) {
                throw new IllegalArgumentException("Shares must be positive and units not negative");
            }
            totalShare += shares[i];
            total += units[i];
        }
        double statistic = 0;
        for (int i = 0; i < units.length; i++) {
            double expected = total * shares[i] / totalShare;
            double gap = units[i] - expected;
            statistic += expected > 0 ? gap * gap / expected : 0;
        }
        int df = units.length - 1;
        return new SampleRatioCheck(statistic, df, ChiSquared.survival(statistic, df));
    }
}
