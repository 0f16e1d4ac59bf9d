package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.ScoredLead;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The host's durable store. Every method is thread-safe, keys its data by shop, and commits before
 * it returns. E-mail addresses are matched case-insensitively; times are kept to the microsecond.
 *
 * <p>Failures are unchecked: {@link StoreUnavailableException} when the database cannot be reached
 * (retry later), {@link StoreException} otherwise, {@link IllegalArgumentException} for bad arguments.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens a store: migrates the schema to the newest version and starts a connection pool. The URL
     * picks the database: {@code jdbc:h2:...} (the PostgreSQL compatibility settings are added) or
     * {@code jdbc:postgresql://...}.
     *
     * @throws StoreUnavailableException if the database cannot be reached
     */
    static Store open(String jdbcUrl, String user, String password) {
        return open(StoreOptions.of(jdbcUrl, user, password));
    }

    /** Opens a store with explicit pool options; see {@link #open(String, String, String)}. */
    static Store open(StoreOptions options) {
        return JdbcStore.open(options);
    }

    /** Whether the database answers a ping now. Never throws. */
    boolean isHealthy();

    /**
     * Stores a lead, replacing an earlier one with the same address (case-insensitive) but keeping its
     * id. A lead with marketing consent also records that consent, with its time and source, on the
     * customer (created without orders if new). Consent once given is not withdrawn by a later lead
     * without it.
     */
    LeadRecord saveLead(String shopId, ScoredLead lead, Instant at);

    /** Inserts or replaces products by sku; returns how many distinct skus were written. */
    int upsertProducts(String shopId, List<Product> products);

    /** The shop's products in sku order (by character code). */
    List<Product> products(String shopId);

    /** The product with this sku. */
    Optional<Product> product(String shopId, String sku);

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

    /** The messages scheduled for an order, by due time. */
    List<MessageRecord> messagesOfOrder(String shopId, String orderId);

    /**
     * Imports past orders in one transaction, skipping order ids the shop already has (and repeats
     * within the batch), and counts them into their customers. Imported orders schedule nothing.
     */
    ImportResult importOrders(String shopId, List<Order> batch);

    /** A plugin's state value. */
    Optional<String> stateGet(String shopId, String pluginId, String key);

    /** Stores a plugin's state value (key up to 200 characters, value up to 64 KiB in UTF-8). */
    void statePut(String shopId, String pluginId, String key, String value);

    /** Removes a plugin's state value; does nothing if absent. */
    void stateRemove(String shopId, String pluginId, String key);

    /** Records funnel events; all or none. */
    void recordEvents(String shopId, List<FunnelEvent> events);

    /** How many events of each type the shop had in [from, to); every type is present, zero if none. */
    Map<FunnelEventType, Long> funnelCounts(String shopId, Instant from, Instant to);

    /**
     * Records that the address wants no more marketing, and withdraws the customer's marketing consent.
     * Returns false if it was recorded before; the first record is kept.
     */
    boolean unsubscribe(String shopId, String email, Instant at, String source);

    /** Whether the address unsubscribed from the shop's marketing. */
    boolean isUnsubscribed(String shopId, String email);

    /** Closes the pool. The store cannot be used afterwards. */
    @Override
    void close();
}
