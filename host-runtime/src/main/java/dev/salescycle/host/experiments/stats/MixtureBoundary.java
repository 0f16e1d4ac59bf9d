package dev.salescycle.host.experiments.stats;

/**
 * The Gaussian-mixture confidence sequence: for an estimate whose variance is {@code V} after {@code t}
 * units, the interval {@code estimate ± sqrt(V * (1 + x) / x * (ln(1 + x) - 2 ln(alpha)))} with
 * {@code x = t * rhoSquared} covers the true value at every {@code t} at once with probability at least
 * {@code 1 - alpha}, asymptotically (Waudby-Smith, Arbour, Sinha, Kennedy and Ramdas, "Time-uniform central
 * limit theory and asymptotic confidence sequences", Ann. Statist. 2024, Theorem 2.2). It is the boundary
 * of the mixture sequential probability ratio test with a normal mixing distribution (Johari, Koomen,
 * Pekelis and Walsh, "Always valid inference", Oper. Res. 2022), whose always-valid p-value is
 * {@link #pValue}: the interval excludes a value exactly when the p-value against it is at most
 * {@code alpha}.
 *
 * <p>{@code rhoSquared} sets where the interval is narrowest; {@link #tightestAt} picks it for a number of
 * units. Any fixed choice keeps the guarantee; it only moves power between early and late looks.
 *
 * @param alpha      the error rate, in (0, 1)
 * @param rhoSquared the mixing variance per unit, greater than 0
 */
public record MixtureBoundary(double alpha, double rhoSquared) {

    public MixtureBoundary {
        if (!(alpha > 0 && alpha < 1) || !(rhoSquared > 0) || Double.isInfinite(rhoSquared)) {
            throw new IllegalArgumentException("Need 0 < alpha < 1 and rhoSquared > 0, were " + alpha + " and " + rhoSquared);
        }
    }

    /**
     * The boundary at level {@code alpha} that is narrowest at {@code units} units: {@code x = units * rho^2}
     * minimises {@code (1 + x) / x * (ln(1 + x) + L)}, {@code L = -2 ln(alpha)}, where {@code x = L + ln(1 + x)}
     * (8.21 for alpha = 0.05), solved by fixed-point iteration.
     */
    public static MixtureBoundary tightestAt(long units, double alpha) {
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1, was " + units);
        }
        double l = -2 * Math.log(alpha);
        double x = l;
        double previous;
        do {
            previous = x;
            x = l + Math.log1p(x);
        } while (Math.abs(x - previous) > 1e-12 * x);
        return new MixtureBoundary(alpha, x / units);
    }

    /** Half the width of the interval for an estimate of variance {@code variance} after {@code units} units. */
    public double halfWidth(double variance, long units) {
        double x = units * rhoSquared;
        return Math.sqrt(variance * (1 + x) / x * (Math.log1p(x) - 2 * Math.log(alpha)));
    }

    /** The interval around {@code estimate}; unbounded while the variance is unknown (not finite and positive). */
    public Interval interval(double estimate, double variance, long units) {
        if (!known(variance) || units < 1) {
            return Interval.unbounded(estimate);
        }
        double half = halfWidth(variance, units);
        return new Interval(estimate, estimate - half, estimate + half);
    }

    /**
     * The always-valid p-value of the hypothesis that the true value is 0: the reciprocal of the mixture
     * likelihood ratio, {@code sqrt(1 + x) * exp(-x / (1 + x) * z^2 / 2)} with {@code z^2 = estimate^2 / variance},
     * capped at 1. Its running minimum over looks is an always-valid p-value for the whole sequence.
     */
    public double pValue(double estimate, double variance, long units) {
        if (!known(variance) || units < 1) {
            return 1;
        }
        double x = units * rhoSquared;
        double zSquared = estimate * estimate / variance;
        return Math.min(1, Math.exp(0.5 * Math.log1p(x) - x / (1 + x) * zSquared / 2));
    }

    private static boolean known(double variance) {
        return variance > 0 && Double.isFinite(variance);
    }
}
