package dev.salescycle.bench.copurchase;

import java.util.SplittableRandom;

/**
 * Draws baskets: items by long-tail popularity, and in some baskets part of a group of items that
 * are bought together (a recipe, a kit), so there is real co-purchase structure to find.
 */
final class BasketSampler {

    private static final int GROUPS = 2_000;
    private static final int GROUP_SIZE = 5;
    private static final double GROUP_SHARE = 0.35;

    private final int skus;
    private final ZipfSampler items;
    private final ZipfSampler groupPopularity;
    private final int[][] groups;

    BasketSampler(int skus, long seed) {
        this.skus = skus;
        this.items = new ZipfSampler(skus, 1.0);
        this.groupPopularity = new ZipfSampler(GROUPS, 0.8);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.groups = new int[GROUPS][GROUP_SIZE];
        for (int[] group : groups) {
            for (int i = 0; i < GROUP_SIZE; i++) {
                group[i] = random.nextInt(skus);
            }
        }
    }

    /** A basket of 1 + geometric(mean 3) items, at most 40. */
    int[] next(SplittableRandom random) {
        int size = 1;
        while (size < 40 && random.nextDouble() < 0.75) {
            size++;
        }
        return next(random, size);
    }

    /** A basket of exactly {@code size} distinct items. */
    int[] next(SplittableRandom random, int size) {
        int[] basket = new int[size];
        int filled = 0;
        if (size >= 2 && random.nextDouble() < GROUP_SHARE) {
            int[] group = groups[groupPopularity.next(random)];
            int take = Math.min(size, 2 + random.nextInt(GROUP_SIZE - 1));
            for (int i = 0; i < GROUP_SIZE && filled < take; i++) {
                filled = addDistinct(basket, filled, group[(i + random.nextInt(GROUP_SIZE)) % GROUP_SIZE]);
            }
        }
        while (filled < size) {
            filled = addDistinct(basket, filled, items.next(random));
        }
        return basket;
    }

    int skus() {
        return skus;
    }

    private static int addDistinct(int[] basket, int filled, int item) {
        for (int i = 0; i < filled; i++) {
            if (basket[i] == item) {
                return filled;
            }
        }
        basket[filled] = item;
        return filled + 1;
    }
}
