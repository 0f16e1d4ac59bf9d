package dev.salescycle.host.experiments.stats;

/**
 * The log-gamma function (Lanczos' approximation, g = 7, 9 terms, about 15 significant digits) and the
 * regularized upper incomplete gamma function Q(a, x) (its power series below x = a + 1, a continued
 * fraction evaluated by Lentz's method above), which give the normal and chi-squared tails.
 */
final class Gamma {

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 10_000;

    private Gamma() {
    }

    /** ln Γ(a) for a > 0. */
    static double logGamma(double a) {
        if (a < 0.5) {
            return logGamma(a + 1) - Math.log(a);
        }
        double x = a - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (x + i);
        }
        double t = x + 7.5;
        return HALF_LOG_TWO_PI + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** Q(a, x) = Γ(a, x) / Γ(a), the upper tail, for a > 0. */
    static double upperRegularized(double a, double x) {
        if (!(x > 0)) {
            return 1;
        }
        if (x < a + 1) {
            return Math.max(0, 1 - lowerSeries(a, x));
        }
        return upperContinuedFraction(a, x);
    }

    private static double prefactor(double a, double x) {
        return Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double lowerSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_TERMS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
            term *= x / (a + n);
            sum += term;
        }
        return sum * prefactor(a, x);
    }

    private static double upperContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return h * prefactor(a, x);
    }
}
