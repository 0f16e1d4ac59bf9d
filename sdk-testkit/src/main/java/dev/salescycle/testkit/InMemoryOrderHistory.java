package dev.salescycle.testkit;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A fixed order history held in memory; customers are derived from the orders.
 *
 * @since 1.0.0
 */
public final class InMemoryOrderHistory implements OrderHistory {

    private final List<Order> orders;

    /** A history of these orders, kept oldest first. */
    public InMemoryOrderHistory(List<Order> orders) {
        this.orders = orders.stream().sorted(Comparator.comparing(Order::placedAt)).toList();
    }

    @Override
    public Optional<Customer> customer(String email) {
        List<Order> own = ordersOf(email);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Instant first = own.get(0).placedAt();
        Instant last = own.get(own.size() - 1).placedAt();
        String name = own.get(own.size() - 1).customerName();
        return Optional.of(new Customer(email.toLowerCase(Locale.ROOT), name, true, own.size(), first, last));
    }

    @Override
    public List<Order> ordersOf(String email) {
        if (email == null) {
            return List.of();
        }
        return orders.stream().filter(o -> email.equalsIgnoreCase(o.customerEmail())).toList();
    }

    @Override
    public long count() {
        return orders.size();
    }

    @Override
    public void forEach(Consumer<Order> action) {
        orders.forEach(action);
    }
}
