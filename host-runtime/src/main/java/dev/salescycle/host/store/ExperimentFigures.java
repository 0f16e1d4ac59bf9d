package dev.salescycle.host.store;

/**
 * One arm's figures from the stored units and orders: every order counts for a unit if placed at or after the
 * unit's first exposure.
 *
 * @param variant the variant
 * @param units units assigned to it
 * @param converted units with at least one order
 * @param revenue the sum of the units' order totals, each unit's total capped
 * @param revenueSquares the sum of the squares of the units' capped totals
 * @param orders the orders of the units
 * @param orderSquares the sum of the squares of each unit's order count
 * @param revenueTimesOrders the sum over units of capped total times order count
 * @param acted units that acted on what the stage handed out
 */
public record ExperimentFigures(String variant, long units, long converted, double revenue, double revenueSquares,
                                long orders, double orderSquares, double revenueTimesOrders, long acted) {
}
