package dev.salescycle.plugins.copurchase.shop;

import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.sdk.model.Order;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened during one rebuild: the orders it streamed and the orders placed meanwhile. An order
 * placed during the rebuild may or may not be in the stream; replaying only those that were not
 * counts each order exactly once.
 */
final class RebuildLog {

    private final OrderIdSet streamed = new OrderIdSet();
    private final List<Order> placed = new ArrayList<>();

    /** Called by the rebuilding thread for each order it streams. */
    void streamed(Order order) {
        streamed.add(order.orderId());
    }

    /** Called, under the shop's write lock, for each order placed during the rebuild. */
    void placed(Order order) {
        placed.add(order);
    }

    /** Adds the placed orders the stream missed; called under the shop's write lock once the stream is done. */
    void replayInto(CoPurchaseModel model) {
        for (Order order : placed) {
            if (!streamed.contains(order.orderId())) {
                model.addOrder(order.lines());
            }
        }
    }
}
