package dev.salescycle.plugins.copurchase.model;

import java.util.Arrays;
import org.roaringbitmap.RoaringBitmap;

/**
 * For each item, the items most often bought with it and how often (exact pair counts), best first.
 * These are the candidates of a recommendation; their counts are the evidence of single-item rules.
 */
public final class Neighbours {

    private final int capacity;
    private TopList[] lists;

    Neighbours(int capacity) {
        this(capacity, new TopList[64]);
    }

    private Neighbours(int capacity, TopList[] lists) {
        this.capacity = capacity;
        this.lists = lists;
    }

    /** The item's neighbours; empty for an item without any. */
    public TopList of(int item) {
        TopList list = item < lists.length ? lists[item] : null;
        return list == null ? new TopList(capacity) : list;
    }

    /**
     * An upper bound of how many orders hold both items, from the first item's list alone: the exact
     * count if the other item is listed, else the list's smallest count if the list is full, else 0
     * (a list that is not full names every item ever bought with its item).
     */
    public int pairCountBound(int item, int other) {
        TopList list = of(item);
        for (int rank = 0; rank < list.size(); rank++) {
            if (list.id(rank) == other) {
                return list.count(rank);
            }
        }
        return list.isFull() ? list.count(list.size() - 1) : 0;
    }

    /** Recomputes every list from scratch. */
    void rebuild(OrderLog log, ItemOrders orders, int items) {
        lists = NeighbourCounter.countAll(log, orders, items, capacity);
    }

    /** Takes in a new order whose items are already in {@code orders}. */
    void update(int[] ids, int length, ItemOrders orders) {
        for (int a = 0; a < length; a++) {
            TopList list = listFor(ids[a]);
            for (int b = 0; b < length; b++) {
                if (a != b && !list.increment(ids[b])) {
                    offerUnlisted(list, ids[a], ids[b], orders);
                }
            }
        }
    }

    private void offerUnlisted(TopList list, int item, int other, ItemOrders orders) {
        if (!list.isFull()) {
            // Not full means it lists every item ever bought with this one: this is their first order together.
            list.offer(1, other);
            return;
        }
        int bound = Math.min(Math.min(orders.count(item), orders.count(other)), list.count(list.size() - 1) + 1);
        if (list.wouldAccept(bound, other)) {
            list.offer(RoaringBitmap.andCardinality(orders.orders(item), orders.orders(other)), other);
        }
    }

    private TopList listFor(int item) {
        if (item >= lists.length) {
            lists = Arrays.copyOf(lists, Math.max(lists.length * 2, item + 1));
        }
        if (lists[item] == null) {
            lists[item] = new TopList(capacity);
        }
        return lists[item];
    }

    long sizeInBytes() {
        long bytes = 4L * lists.length;
        for (TopList list : lists) {
            bytes += list == null ? 0 : list.sizeInBytes();
        }
        return bytes;
    }

    Neighbours copy() {
        TopList[] copied = new TopList[lists.length];
        for (int i = 0; i < lists.length; i++) {
            copied[i] = lists[i] == null ? null : lists[i].copy();
        }
        return new Neighbours(capacity, copied);
    }
}
