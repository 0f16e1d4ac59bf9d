package dev.salescycle.demo.sample;

import java.util.List;

/**
 * How to generate a sample shop's order history.
 *
 * @param count           number of past orders
 * @param customers       number of distinct customers placing them
 * @param days            the orders are spread over this many days before now
 * @param seed            random seed, so every start generates the same orders
 * @param strayItemChance chance that an order also holds one item outside its basket
 * @param baskets         the kinds of orders, picked by weight
 */
public record PastOrderPlan(int count, int customers, int days, long seed, double strayItemChance,
                            List<Basket> baskets) {

    /** Checks the ranges the generator relies on. */
    public PastOrderPlan {
        if (count < 0 || customers < 1 || days < 1) {
            throw new IllegalArgumentException("pastOrders: count >= 0, customers >= 1 and days >= 1 are required");
        }
        if (strayItemChance < 0 || strayItemChance > 1) {
            throw new IllegalArgumentException("pastOrders: strayItemChance must be in [0, 1]");
        }
        baskets = List.copyOf(baskets);
        if (baskets.isEmpty()) {
            throw new IllegalArgumentException("pastOrders: at least one basket is required");
        }
    }

    int totalWeight() {
        return baskets.stream().mapToInt(Basket::weight).sum();
    }
}
