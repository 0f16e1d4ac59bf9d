package dev.salescycle.plugins.copurchase.rules;

import java.util.Arrays;

/**
 * The candidate items of one tier of a recommendation, each with the rule that supports it best so
 * far: the count of orders with antecedent and item, the antecedent's count and item id, and the score.
 * Slots are dense, so the table is scanned without touching the per-item arrays.
 */
final class CandidateTable {

    static final int WHOLE_CART = -1;

    private final Marks present;
    private int[] slotOf;
    private int[] items = new int[64];
    private int[] counts = new int[64];
    private int[] antecedentCounts = new int[64];
    private int[] antecedents = new int[64];
    private double[] scores = new double[64];
    private int size;

    CandidateTable(int capacity) {
        present = new Marks(capacity);
        slotOf = new int[capacity];
    }

    void ensure(int capacity) {
        present.ensure(capacity);
        if (capacity > slotOf.length) {
            slotOf = Arrays.copyOf(slotOf, Math.max(capacity, slotOf.length + slotOf.length / 2));
        }
    }

    void clear() {
        present.clear();
        size = 0;
    }

    int size() {
        return size;
    }

    /** The item's slot, or -1. */
    int slotOf(int item) {
        return present.contains(item) ? slotOf[item] : -1;
    }

    /** Adds an item with a zero count and returns its slot. */
    int add(int item) {
        if (size == items.length) {
            grow();
        }
        present.add(item);
        slotOf[item] = size;
        items[size] = item;
        counts[size] = 0;
        antecedents[size] = WHOLE_CART;
        return size++;
    }

    void increment(int slot) {
        counts[slot]++;
    }

    void set(int slot, int count, int antecedentCount, int antecedent, double score) {
        counts[slot] = count;
        antecedentCounts[slot] = antecedentCount;
        antecedents[slot] = antecedent;
        scores[slot] = score;
    }

    int item(int slot) {
        return items[slot];
    }

    int count(int slot) {
        return counts[slot];
    }

    int antecedentCount(int slot) {
        return antecedentCounts[slot];
    }

    int antecedent(int slot) {
        return antecedents[slot];
    }

    double score(int slot) {
        return scores[slot];
    }

    private void grow() {
        int capacity = items.length * 2;
        items = Arrays.copyOf(items, capacity);
        counts = Arrays.copyOf(counts, capacity);
        antecedentCounts = Arrays.copyOf(antecedentCounts, capacity);
        antecedents = Arrays.copyOf(antecedents, capacity);
        scores = Arrays.copyOf(scores, capacity);
    }
}
