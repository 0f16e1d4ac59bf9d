package dev.salescycle.host.context;

import dev.salescycle.host.store.OrderStore;
import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A shop's orders and customers as the store has them. */
record StoreOrderHistory(OrderStore store, String shopId) implements OrderHistory {

    @Override
    public Optional<Customer> customer(String email) {
        return email == null ? Optional.empty() : HostCalls.guarded(() -> store.customer(shopId, email));
    }

    @Override
    public List<Order> ordersOf(String email) {
        return email == null ? List.of() : HostCalls.guarded(() -> store.ordersOf(shopId, email));
    }

    @Override
    public long count() {
        return HostCalls.guarded(() -> store.orderCount(shopId));
    }

    @Override
    public void forEach(Consumer<Order> action) {
        HostCalls.guarded(() -> store.forEachOrder(shopId, action));
    }
}
