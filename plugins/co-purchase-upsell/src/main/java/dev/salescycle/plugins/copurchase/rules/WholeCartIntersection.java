package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.plugins.copurchase.model.ItemOrders;
import dev.salescycle.plugins.copurchase.model.Neighbours;
import org.roaringbitmap.RoaringBitmap;

/** The orders that hold every item of the cart, or null as soon as they are too few to be frequent. */
final class WholeCartIntersection {

    private WholeCartIntersection() {
    }

    static RoaringBitmap frequentOrNull(Scratch scratch, CoPurchaseModel model, UpsellSettings settings) {
        ItemOrders itemOrders = model.itemOrders();
        int orders = model.orderCount();
        int[] items = rarestFirst(scratch, itemOrders);
        if (!settings.frequent(pairBound(model.neighbours(), items, scratch.cartSize), orders)) {
            return null;
        }
        RoaringBitmap common = RoaringBitmap.and(itemOrders.orders(items[0]), itemOrders.orders(items[1]));
        for (int i = 2; i < scratch.cartSize && settings.frequent(common.getCardinality(), orders); i++) {
            common.and(itemOrders.orders(items[i]));
        }
        return settings.frequent(common.getCardinality(), orders) ? common : null;
    }

    /** No order holds the whole cart more often than the rarest item with any other cart item. */
    private static int pairBound(Neighbours neighbours, int[] items, int size) {
        int bound = Integer.MAX_VALUE;
        for (int i = 1; i < size && bound > 0; i++) {
            bound = Math.min(bound, neighbours.pairCountBound(items[0], items[i]));
        }
        return bound;
    }

    /** Intersecting the rarest items first keeps every intermediate result small. */
    private static int[] rarestFirst(Scratch scratch, ItemOrders itemOrders) {
        int[] items = scratch.byCount(scratch.cartSize);
        System.arraycopy(scratch.cart, 0, items, 0, scratch.cartSize);
        for (int i = 1; i < scratch.cartSize; i++) {
            int item = items[i];
            int at = i;
            while (at > 0 && itemOrders.count(items[at - 1]) > itemOrders.count(item)) {
                items[at] = items[at - 1];
                at--;
            }
            items[at] = item;
        }
        return items;
    }
}
