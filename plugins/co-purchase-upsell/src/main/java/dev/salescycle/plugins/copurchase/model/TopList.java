package dev.salescycle.plugins.copurchase.model;

import java.util.Arrays;

/**
 * The best items by count, best first, at most {@code capacity} of them. Ties go to the lower id, so
 * the list is a deterministic function of the counts. Each entry packs count and id into one long
 * whose natural order is the ranking order.
 *
 * <p>Counts only ever grow, and only for the items of a new order. So offering each item of a new
 * order with its new count keeps the list the exact top: an item outside the list that was not
 * in the order still ranks below every listed item.
 */
public final class TopList {

    private static final long[] EMPTY = new long[0];

    private final int capacity;
    private long[] entries;
    private int size;

    TopList(int capacity) {
        this(capacity, EMPTY, 0);
    }

    TopList(int capacity, long[] bestFirst, int size) {
        this.capacity = capacity;
        this.entries = bestFirst;
        this.size = size;
    }

    static long key(int count, int id) {
        return ((long) count << 32) | (Integer.MAX_VALUE - id);
    }

    /** How many entries the list holds. */
    public int size() {
        return size;
    }

    /** Whether the list holds as many entries as it may. */
    public boolean isFull() {
        return size == capacity;
    }

    /** The item id at a rank (0 is the best). */
    public int id(int rank) {
        return Integer.MAX_VALUE - (int) entries[rank];
    }

    /** The count at a rank. */
    public int count(int rank) {
        return (int) (entries[rank] >>> 32);
    }

    /** Adds one to a listed item's count; false if the item is not listed. */
    boolean increment(int id) {
        for (int rank = 0; rank < size; rank++) {
            if (id(rank) == id) {
                entries[rank] += 1L << 32;
                moveUp(rank);
                return true;
            }
        }
        return false;
    }

    /** Whether an unlisted item with this count would enter the list. */
    boolean wouldAccept(int count, int id) {
        return size < capacity || key(count, id) > entries[size - 1];
    }

    /** Offers an unlisted item with its exact count. */
    void offer(int count, int id) {
        if (!wouldAccept(count, id)) {
            return;
        }
        if (size < capacity) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, Math.min(capacity, Math.max(4, size * 2)));
            }
            size++;
        }
        entries[size - 1] = key(count, id);
        moveUp(size - 1);
    }

    private void moveUp(int rank) {
        long entry = entries[rank];
        int at = rank;
        while (at > 0 && entries[at - 1] < entry) {
            entries[at] = entries[at - 1];
            at--;
        }
        entries[at] = entry;
    }

    long sizeInBytes() {
        return 32L + 16L + 8L * entries.length;
    }

    TopList copy() {
        return new TopList(capacity, entries.clone(), size);
    }
}
