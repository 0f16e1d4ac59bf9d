package dev.salescycle.host.experiments.live;

import dev.salescycle.host.experiments.stats.ContinuousTally;

/**
 * Average order value as the engine can compare it soundly: a ratio of two per-unit sums (revenue over orders),
 * linearised with the delta method. With {@code R = sum(v) / sum(n)} over an arm's units (amount {@code v}, orders
 * {@code n}) and {@code n̄} the mean orders per unit, each unit contributes {@code z = (v - R n) / n̄}, whose mean is
 * 0 and whose variance over units, divided by the units, is the delta-method variance of {@code R}. The tally
 * handed to the engine has the mean {@code R} and that variance per unit, so the engine's intervals and lifts are
 * those of the ratio, with units (not orders) as the independent observations.
 */
public final class RatioTally {

    private RatioTally() {
    }

    /**
     * @param units units in the arm
     * @param converted units with at least one order
     * @param revenue sum of the units' amounts
     * @param revenueSquares sum of their squares
     * @param orders sum of the units' order counts
     * @param orderSquares sum of the squares of the order counts
     * @param revenueTimesOrders sum over units of amount times orders
     */
    public static ContinuousTally averageOrderValue(long units, long converted, double revenue, double revenueSquares,
                                                    long orders, double orderSquares, double revenueTimesOrders) {
        if (units < 2 || orders == 0) {
            return new ContinuousTally(units, converted, 0, units < 2 ? 0 : Double.MAX_VALUE / 4);
        }
        double ratio = revenue / orders;
        double meanOrders = (double) orders / units;
        double squares = revenueSquares - 2 * ratio * revenueTimesOrders + ratio * ratio * orderSquares;
        double variance = Math.max(0, squares) / (units - 1) / (meanOrders * meanOrders);
        double sum = ratio * units;
        return new ContinuousTally(units, converted, sum, variance * (units - 1) + sum * sum / units);
    }
}
