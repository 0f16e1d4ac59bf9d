package dev.salescycle.bench.copurchase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded train/test split of baskets; each test basket of two or more items becomes a cart of
 * all its items but one, and the held-out item is what a recommendation should find.
 *
 * @param train the baskets to learn from
 * @param cases the carts to answer, each with its held-out item
 */
record HoldOutSplit(List<List<String>> train, List<Case> cases) {

    /** One cart and the item held out of it. */
    record Case(List<String> cart, String heldOut) {
    }

    static HoldOutSplit of(List<List<String>> baskets, double testShare, long seed) {
        Random random = new Random(seed);
        List<List<String>> shuffled = new ArrayList<>(baskets);
        Collections.shuffle(shuffled, random);
        int testSize = (int) Math.round(shuffled.size() * testShare);
        List<Case> cases = new ArrayList<>();
        for (List<String> basket : shuffled.subList(0, testSize)) {
            if (basket.size() >= 2) {
                List<String> cart = new ArrayList<>(basket);
                String heldOut = cart.remove(random.nextInt(cart.size()));
                cases.add(new Case(List.copyOf(cart), heldOut));
            }
        }
        return new HoldOutSplit(List.copyOf(shuffled.subList(testSize, shuffled.size())), List.copyOf(cases));
    }
}
