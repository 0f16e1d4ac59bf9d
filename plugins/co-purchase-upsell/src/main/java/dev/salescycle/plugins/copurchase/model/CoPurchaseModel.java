package dev.salescycle.plugins.copurchase.model;

import dev.salescycle.sdk.model.CartLine;
import java.util.Arrays;
import java.util.List;

/**
 * One shop's co-purchase model: what was bought, in which orders, and with what. Not thread-safe:
 * one writer at a time, and no reader while it writes (see the shop package for how readers are kept apart).
 */
public final class CoPurchaseModel {

    /** How many neighbours each item keeps as candidates. */
    public static final int NEIGHBOURS = 64;
    /** How many best-sellers the model keeps. */
    public static final int BEST_SELLERS = 64;

    private final SkuIndex skus;
    private final OrderLog log;
    private ItemOrders itemOrders;
    private final Neighbours neighbours;
    private TopList bestSellers;
    private int[] orderIds = new int[16];
    private int[] lastOrderOf;

    private CoPurchaseModel(SkuIndex skus, OrderLog log, ItemOrders itemOrders, Neighbours neighbours,
                            TopList bestSellers, int[] lastOrderOf) {
        this.skus = skus;
        this.log = log;
        this.itemOrders = itemOrders;
        this.neighbours = neighbours;
        this.bestSellers = bestSellers;
        this.lastOrderOf = lastOrderOf;
    }

    /** A model that has seen no order. */
    public static CoPurchaseModel empty() {
        return new CoPurchaseModel(new SkuIndex(), new OrderLog(), new ItemOrders(),
                new Neighbours(NEIGHBOURS), new TopList(BEST_SELLERS), new int[64]);
    }

    /** Takes in one more order, keeping neighbours and best-sellers exact. Skus are trimmed; repeats count once. */
    public void addOrder(List<CartLine> lines) {
        int length = append(lines);
        int order = log.size() - 1;
        for (int i = 0; i < length; i++) {
            itemOrders.add(orderIds[i], order);
        }
        neighbours.update(orderIds, length, itemOrders);
        for (int i = 0; i < length; i++) {
            int item = orderIds[i];
            if (!bestSellers.increment(item)) {
                bestSellers.offer(itemOrders.count(item), item);
            }
        }
    }

    /** Records the order in the log only; {@link #recount()} must follow before reading. */
    int append(List<CartLine> lines) {
        int order = log.size();
        if (orderIds.length < lines.size()) {
            orderIds = new int[Math.max(lines.size(), 2 * orderIds.length)];
        }
        int length = 0;
        for (CartLine line : lines) {
            int item = skus.idOrAdd(line.sku().trim());
            if (item >= lastOrderOf.length) {
                lastOrderOf = Arrays.copyOf(lastOrderOf, Math.max(2 * lastOrderOf.length, item + 1));
            }
            if (lastOrderOf[item] != order + 1) {
                lastOrderOf[item] = order + 1;
                orderIds[length++] = item;
            }
        }
        log.append(orderIds, length);
        return length;
    }

    /** Recomputes bitmaps, neighbours and best-sellers from the log, as after a bulk load. */
    void recount() {
        itemOrders = ItemOrders.fromLog(log, skus.size());
        neighbours.rebuild(log, itemOrders, skus.size());
        TopKSelector best = new TopKSelector(BEST_SELLERS);
        for (int item = 0; item < skus.size(); item++) {
            best.offer(itemOrders.count(item), item);
        }
        bestSellers = best.drain();
    }

    /** The sku ids. */
    public SkuIndex skus() {
        return skus;
    }

    /** Every order as item ids. */
    public OrderLog log() {
        return log;
    }

    /** The orders of each item. */
    public ItemOrders itemOrders() {
        return itemOrders;
    }

    /** The top co-purchased items of each item. */
    public Neighbours neighbours() {
        return neighbours;
    }

    /** The items in most orders, best first. */
    public TopList bestSellers() {
        return bestSellers;
    }

    /** How many orders the model has seen. */
    public int orderCount() {
        return log.size();
    }

    /** An estimate of the heap the model's data takes, in bytes (bitmaps, log, neighbour lists). */
    public long sizeInBytes() {
        return itemOrders.sizeInBytes() + log.sizeInBytes() + neighbours.sizeInBytes() + 4L * lastOrderOf.length;
    }

    /** A deep copy that shares nothing mutable with this model. */
    public CoPurchaseModel copy() {
        return new CoPurchaseModel(skus.copy(), log.copy(), itemOrders.copy(), neighbours.copy(),
                bestSellers.copy(), lastOrderOf.clone());
    }
}
