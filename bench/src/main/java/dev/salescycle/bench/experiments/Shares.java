package dev.salescycle.bench.experiments;

import java.util.Locale;

/** A count of runs as a share, with its Wilson 95% interval. */
final class Shares {

    private static final double Z = 1.959963984540054;

    private Shares() {
    }

    /** E.g. {@code 2.3% (1.5-3.4%)}. */
    static String withInterval(long count, int runs) {
        double p = (double) count / runs;
        double centre = (p + Z * Z / (2 * runs)) / (1 + Z * Z / runs);
        double half = Z / (1 + Z * Z / runs) * Math.sqrt(p * (1 - p) / runs + Z * Z / (4.0 * runs * runs));
        return String.format(Locale.ROOT, "%s (%.1f-%.1f%%)", percent(count, runs),
                100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }

    /** E.g. {@code 2.3%}. */
    static String percent(long count, int runs) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / runs);
    }

    /** E.g. {@code 62,460}, or "never" for -1. */
    static String units(long units) {
        return units < 0 ? "not reached" : String.format(Locale.ROOT, "%,d", units);
    }
}
