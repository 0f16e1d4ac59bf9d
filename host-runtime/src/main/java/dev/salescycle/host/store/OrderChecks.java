package dev.salescycle.host.store;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Order;

/** Checks an order before it is stored: the schema keeps one currency per order. */
final class OrderChecks {

    private OrderChecks() {
    }

    static Order valid(Order order) {
        Check.notNull("order", order);
        Check.text("orderId", order.orderId(), Limits.ORDER_ID);
        sameCurrency(order);
        for (CartLine line : order.lines()) {
            Check.text("sku of order " + order.orderId(), line.sku(), Limits.SKU);
        }
        return order;
    }

    private static void sameCurrency(Order order) {
        if (!order.total().currency().equals(order.currency())) {
            throw new IllegalArgumentException("order " + order.orderId() + ": total is in "
                    + order.total().currency() + " but the order is in " + order.currency());
        }
        for (CartLine line : order.lines()) {
            if (!line.unitPrice().currency().equals(order.currency())) {
                throw new IllegalArgumentException("order " + order.orderId() + ": line " + line.sku()
                        + " is in " + line.unitPrice().currency() + " but the order is in " + order.currency());
            }
        }
    }
}
