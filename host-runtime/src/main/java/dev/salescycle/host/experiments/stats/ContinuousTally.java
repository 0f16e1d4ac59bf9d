package dev.salescycle.host.experiments.stats;

/**
 * An amount per unit, such as revenue per visitor: the units, how many had a non-zero amount, and the sum
 * and the sum of squares of the per-unit amounts (a unit's amount is the total of all its orders, so the
 * squares are of unit totals, not of orders). Amounts should be capped at a value set before the
 * experiment (see the guide on heavy tails); the tally takes them as given.
 *
 * @param units        units counted, at least 0
 * @param conversions  units with a non-zero amount, from 0 to {@code units}
 * @param sum          the sum of the units' amounts
 * @param sumOfSquares the sum of the squares of the units' amounts
 */
public record ContinuousTally(long units, long conversions, double sum, double sumOfSquares) implements ArmTally {

    public ContinuousTally {
        if (units < 0 || conversions < 0 || conversions > units) {
            throw new IllegalArgumentException("Need 0 <= conversions <= units, were " + conversions + " and " + units);
        }
        if (!Double.isFinite(sum) || !Double.isFinite(sumOfSquares) || sumOfSquares < 0) {
            throw new IllegalArgumentException("Sums must be finite and the sum of squares not negative, were "
                    + sum + " and " + sumOfSquares);
        }
    }

    @Override
    public double mean() {
        return units == 0 ? 0 : sum / units;
    }

    /** The sample variance (divisor {@code units - 1}); positive infinity below 2 units. */
    @Override
    public double unitVariance() {
        if (units < 2) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (sumOfSquares - sum * sum / units) / (units - 1));
    }
}
