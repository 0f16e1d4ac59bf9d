package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read access to a shop's past orders and customers.
 *
 * @since 1.0.0
 */
public interface OrderHistory {

    /** The customer with this e-mail address (case-insensitive), if known to the shop. */
    Optional<Customer> customer(String email);

    /** The customer's orders, oldest first. */
    List<Order> ordersOf(String email);

    /** How many orders the shop holds. */
    long count();

    /**
     * Streams every order of the shop, oldest first, without holding them all in memory.
     * Meant for {@link SalesCycleHook#shopStarted}; too slow for a hook call.
     */
    void forEach(Consumer<Order> action);
}
