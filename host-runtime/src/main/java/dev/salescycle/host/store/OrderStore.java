package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The store's part for one concern: orders and their customers: placing with idempotency, importing, reading back.
 * See {@link Store} for what holds for every method: thread-safe, keyed by shop, committed before it returns.
 */
public interface OrderStore {

    /** The customer with this address, unless unknown or erased. */
    Optional<Customer> customer(String shopId, String email);

    /** The customer's orders, oldest first. */
    List<Order> ordersOf(String shopId, String email);

    /** How many orders the shop holds, imported ones included. */
    long orderCount(String shopId);

    /**
     * Streams every order of the shop, oldest first, fetching rows in chunks rather than loading them
     * all. Holds one connection for the whole walk: meant for start-up work, not for requests.
     */
    void forEachOrder(String shopId, Consumer<Order> action);

    /** The answer stored under an idempotency key. */
    Optional<IdempotentResponse> findResponse(String shopId, String idempotencyKey);

    /** The answer stored for an order placed earlier (not for imported orders). */
    Optional<IdempotentResponse> findOrderResponse(String shopId, String orderId);

    /**
     * Places an order in one transaction: the customer (order count, first and last order time, name,
     * consent if given), the order with its lines and thank-you blocks, the answer under its
     * idempotency key, and the scheduled messages. If the key or the order id was placed before, also
     * by a concurrent call, nothing changes and the earlier answer is returned.
     */
    PlaceResult placeOrder(String shopId, OrderPlacement placement);

    /** The thank-you blocks stored with a placed order. */
    Optional<String> thankYouJson(String shopId, String orderId);

    /** The address of an order's customer, unless the order is unknown, has none, or its customer was erased. */
    Optional<String> customerEmailOf(String shopId, String orderId);

    /** The messages scheduled for an order, by due time. */
    List<MessageRecord> messagesOfOrder(String shopId, String orderId);

    /**
     * Imports past orders in one transaction, skipping order ids the shop already has (and repeats
     * within the batch), and counts them into their customers. Imported orders schedule nothing.
     */
    ImportResult importOrders(String shopId, List<Order> batch);
}
