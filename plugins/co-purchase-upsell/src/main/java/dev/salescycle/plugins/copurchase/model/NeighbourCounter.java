package dev.salescycle.plugins.copurchase.model;

import java.util.stream.IntStream;
import org.roaringbitmap.PeekableIntIterator;

/**
 * Counts, for one item at a time, every item bought with it (walking the item's orders in the log)
 * and keeps the top ones. Items are striped over the common fork-join pool; each stripe has its own
 * counters, so the stripes share nothing but the read-only log.
 */
final class NeighbourCounter {

    private final OrderLog log;
    private final ItemOrders orders;
    private final int[] counts;
    private final int[] touched;
    private final TopKSelector selector;

    private NeighbourCounter(OrderLog log, ItemOrders orders, int items, int capacity) {
        this.log = log;
        this.orders = orders;
        this.counts = new int[items];
        this.touched = new int[items];
        this.selector = new TopKSelector(capacity);
    }

    static TopList[] countAll(OrderLog log, ItemOrders orders, int items, int capacity) {
        TopList[] lists = new TopList[Math.max(items, 1)];
        int stripes = Math.max(1, Math.min(items / 64, 4 * Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, stripes).parallel().forEach(stripe -> {
            NeighbourCounter counter = new NeighbourCounter(log, orders, items, capacity);
            for (int item = stripe; item < items; item += stripes) {
                lists[item] = counter.topFor(item);
            }
        });
        return lists;
    }

    private TopList topFor(int item) {
        int distinct = 0;
        PeekableIntIterator it = orders.orders(item).getIntIterator();
        while (it.hasNext()) {
            int order = it.next();
            for (int p = log.start(order), end = log.end(order); p < end; p++) {
                int other = log.item(p);
                if (other != item && counts[other]++ == 0) {
                    touched[distinct++] = other;
                }
            }
        }
        for (int i = 0; i < distinct; i++) {
            int other = touched[i];
            selector.offer(counts[other], other);
            counts[other] = 0;
        }
        return selector.drain();
    }
}
