package dev.salescycle.host.experiments.stats;

/** The chi-squared distribution's upper tail. */
public final class ChiSquared {

    private ChiSquared() {
    }

    /** P(X >= x) for X chi-squared with {@code degreesOfFreedom} (at least 1) degrees of freedom. */
    public static double survival(double x, int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, was " + degreesOfFreedom);
        }
        return Gamma.upperRegularized(degreesOfFreedom / 2.0, x / 2);
    }
}
