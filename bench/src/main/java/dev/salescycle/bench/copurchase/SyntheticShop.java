package dev.salescycle.bench.copurchase;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded synthetic shop: skus with long-tail popularity, correlated item groups, and orders held
 * compactly as item arrays; the same seed always gives the same shop.
 */
public final class SyntheticShop {

    private static final Money PRICE = Money.of("9.90", "EUR");

    private final BasketSampler sampler;
    private final long seed;
    private final int[][] baskets;
    private final CartLine[] lines;

    private SyntheticShop(BasketSampler sampler, long seed, int[][] baskets) {
        this.sampler = sampler;
        this.seed = seed;
        this.baskets = baskets;
        this.lines = new CartLine[sampler.skus()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new CartLine(sku(i), null, 1, PRICE);
        }
    }

    /** Generates a shop with this many orders over this many skus. */
    public static SyntheticShop generate(int orders, int skus, long seed) {
        BasketSampler sampler = new BasketSampler(skus, seed);
        SplittableRandom random = new SplittableRandom(seed);
        int[][] baskets = new int[orders][];
        for (int i = 0; i < orders; i++) {
            baskets[i] = sampler.next(random);
        }
        return new SyntheticShop(sampler, seed, baskets);
    }

    /** The sku of an item number. */
    public static String sku(int item) {
        return String.format("SKU-%05d", item);
    }

    public int orderCount() {
        return baskets.length;
    }

    /** The order's lines (shared, immutable line objects). */
    public List<CartLine> lines(int order) {
        int[] basket = baskets[order];
        List<CartLine> result = new ArrayList<>(basket.length);
        for (int item : basket) {
            result.add(lines[item]);
        }
        return result;
    }

    /** Every order's lines, in order. */
    public List<List<CartLine>> allLines() {
        List<List<CartLine>> all = new ArrayList<>(baskets.length);
        for (int order = 0; order < baskets.length; order++) {
            all.add(List.copyOf(lines(order)));
        }
        return all;
    }

    /** Carts of exactly {@code size} items drawn like orders, with their own seed. */
    public List<List<CartLine>> carts(int count, int size) {
        SplittableRandom random = new SplittableRandom(seed * 31 + size);
        List<List<CartLine>> carts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<CartLine> cart = new ArrayList<>(size);
            for (int item : sampler.next(random, size)) {
                cart.add(lines[item]);
            }
            carts.add(List.copyOf(cart));
        }
        return carts;
    }
}
