package dev.salescycle.plugins.copurchase.rules;

import java.util.Arrays;

/** A set of item ids that clears in constant time: an id is in the set when its stamp equals the epoch. */
final class Marks {

    private int[] stamps;
    private int epoch = 1;

    Marks(int capacity) {
        stamps = new int[capacity];
    }

    void ensure(int capacity) {
        if (capacity > stamps.length) {
            stamps = Arrays.copyOf(stamps, Math.max(capacity, stamps.length + stamps.length / 2));
        }
    }

    void clear() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            epoch = 1;
        }
    }

    void add(int item) {
        stamps[item] = epoch;
    }

    boolean contains(int item) {
        return stamps[item] == epoch;
    }
}
