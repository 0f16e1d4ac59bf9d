package dev.salescycle.host.experiments.stats;

/**
 * An estimate with the bounds of its interval; the bounds may be infinite (nothing known yet) and the
 * estimate NaN where it is undefined (a relative lift over a control mean of zero).
 *
 * @param estimate the point estimate
 * @param lower    the lower bound, at most {@code upper}
 * @param upper    the upper bound
 */
public record Interval(double estimate, double lower, double upper) {

    public Interval {
        if (lower > upper) {
            throw new IllegalArgumentException("lower bound " + lower + " is above upper bound " + upper);
        }
    }

    /** An interval that says nothing: the estimate, if any, between minus and plus infinity. */
    public static Interval unbounded(double estimate) {
        return new Interval(estimate, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Whether every value of the interval is above {@code value}. */
    public boolean above(double value) {
        return lower > value;
    }

    /** Whether every value of the interval is below {@code value}. */
    public boolean below(double value) {
        return upper < value;
    }
}
