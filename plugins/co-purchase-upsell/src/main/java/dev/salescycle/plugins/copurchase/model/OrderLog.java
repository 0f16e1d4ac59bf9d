package dev.salescycle.plugins.copurchase.model;

import java.util.Arrays;

/** Every order as its distinct item ids, in arrival order (compressed rows: one flat array and offsets). */
public final class OrderLog {

    private int[] items;
    private int[] offsets;
    private int orders;

    public OrderLog() {
        this(new int[1024], new int[256], 0);
    }

    private OrderLog(int[] items, int[] offsets, int orders) {
        this.items = items;
        this.offsets = offsets;
        this.orders = orders;
    }

    /** Appends an order and returns its index. */
    int append(int[] ids, int length) {
        int start = offsets[orders];
        if (start + length > items.length) {
            items = Arrays.copyOf(items, Math.max(items.length * 2, start + length));
        }
        System.arraycopy(ids, 0, items, start, length);
        if (orders + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[orders + 1] = start + length;
        return orders++;
    }

    /** How many orders the log holds. */
    public int size() {
        return orders;
    }

    /** The position of the order's first item in {@link #item}. */
    public int start(int order) {
        return offsets[order];
    }

    /** The position just past the order's last item. */
    public int end(int order) {
        return offsets[order + 1];
    }

    /** The item id at a position. */
    public int item(int position) {
        return items[position];
    }

    /** How many item ids all orders hold together. */
    public long totalItems() {
        return offsets[orders];
    }

    long sizeInBytes() {
        return 4L * items.length + 4L * offsets.length;
    }

    OrderLog copy() {
        return new OrderLog(items.clone(), offsets.clone(), orders);
    }
}
