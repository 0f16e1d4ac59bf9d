package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;

/**
 * An order with its place in the shop's order stream.
 *
 * @param position the order's stream position: rising within a shop, in the order the orders were committed
 * @param imported whether the order came in through an import rather than being placed
 * @param order the order
 */
public record StreamedOrder(long position, boolean imported, Order order) {
}
