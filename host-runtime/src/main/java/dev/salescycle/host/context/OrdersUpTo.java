package dev.salescycle.host.context;

import dev.salescycle.host.store.OrderStreamStore;
import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A shop's order history as of a stream position: walking and counting see the orders up to it, so that what
 * {@code shopStarted} learns and what {@code orderRecorded} then brings never overlap. A customer's own orders
 * are read as they are now.
 */
record OrdersUpTo(OrderHistory now, OrderStreamStore stream, String shopId, long position) implements OrderHistory {

    @Override
    public Optional<Customer> customer(String email) {
        return now.customer(email);
    }

    @Override
    public List<Order> ordersOf(String email) {
        return now.ordersOf(email);
    }

    @Override
    public long count() {
        return HostCalls.guarded(() -> stream.orderCount(shopId, position));
    }

    @Override
    public void forEach(Consumer<Order> action) {
        HostCalls.guarded(() -> stream.forEachOrder(shopId, position, action));
    }
}
