package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.ScoredLead;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The host's durable store. Every method is thread-safe, keys its data by shop, and commits before
 * it returns. E-mail addresses are matched case-insensitively; times are kept to the microsecond.
 *
 * <p>Failures are unchecked: {@link StoreUnavailableException} when the database cannot be reached
 * (retry later), {@link StoreException} otherwise, {@link IllegalArgumentException} for bad arguments.
 */
public interface Store extends AutoCloseable {

    /** The longest order id or sku the store keeps. */
    int MAX_KEY_CHARS = 200;

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

    /** The experiments' states, units, orders and counts. */
    ExperimentRecords experiments();

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

    /**
     * Stores a plugin's state value unless one is stored already, and returns the stored value: concurrent
     * callers, also on other hosts, all get the first one written.
     */
    String stateInitialize(String shopId, String pluginId, String key, String value);

    /** Removes a plugin's state value; does nothing if absent. */
    void stateRemove(String shopId, String pluginId, String key);

    /** Records that a retention mail's link was followed ({@code click}) or the mail opened. */
    void recordMailTouch(String shopId, long messageId, String pluginId, boolean click, Instant at);

    /** The clicks and opens of retention mails sent for the customer's orders, between the two times. */
    List<MailTouch> mailTouches(String shopId, String email, Instant from, Instant to);

    /** The stored attribution figures of the shop in {@code [from, to)}, per UTC day. */
    AttributionRows attributionRows(String shopId, Instant from, Instant to);

    /** Records funnel events; all or none. */
    void recordEvents(String shopId, List<FunnelEvent> events);

    /** Records counted funnel events; all or none. */
    void recordCounts(String shopId, List<FunnelCount> counts);

    /**
     * How many events of each type the shop had in [from, to), recorded and counted together; every type is
     * present, zero if none. A count belongs to the window that holds the end of its period.
     */
    Map<FunnelEventType, Long> funnelCounts(String shopId, Instant from, Instant to);

    /** The same per plugin, for the events a plugin contributed to; only types that occurred. */
    Map<String, Map<FunnelEventType, Long>> funnelCountsByPlugin(String shopId, Instant from, Instant to);

    /**
     * Records the marketing consent the address confirmed (through the link mailed after a lead asked for it), on
     * the shop's lead and customer. Returns false if the shop has no lead of that address.
     */
    boolean confirmConsent(String shopId, String email, Instant at);

    /**
     * Records that the address wants no more marketing, and withdraws the customer's marketing consent.
     * Returns false if it was recorded before; the first record is kept.
     */
    boolean unsubscribe(String shopId, String email, Instant at, String source);

    /** Whether the address unsubscribed from the shop's marketing. */
    boolean isUnsubscribed(String shopId, String email);

    // ---- retention delivery

    /**
     * Claims up to {@code limit} messages of the given shops due at {@code now}, oldest first: scheduled ones
     * whose next attempt time has come, and claimed ones whose claim expired because their claimer stopped
     * before settling them.
     * The claim is committed before this returns and lasts {@code claimTimeout}. Rows are picked with
     * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so claimers on several hosts take disjoint messages (on H2 a
     * claimer racing another in the same process may get fewer than are due, never the same ones).
     *
     * @param claimToken names this claim, unique per call, up to 200 characters; starts with the claimer's
     *     prefix for {@link #releaseClaims}
     * @param shopIds the shops whose messages to claim (those the claiming host serves)
     * @param limit the most messages to claim, 1 to 1000
     */
    List<ClaimedMessage> claimDue(String claimToken, Collection<String> shopIds, Instant now, int limit,
                                  Duration claimTimeout);

    /**
     * Delivers a claimed message at most once among all claimers. In one transaction: locks the message's row,
     * checks that it is still claimed under this claim (not taken over after the claim expired, not cancelled
     * by an erasure), runs the delivery with the lock held, and stores its outcome: the status, a delivery
     * attempt (unless cancelled), and for a sent message a {@link FunnelEventType#MESSAGE_SENT} event. If the
     * delivery throws, nothing is stored and the claim stands until it expires.
     *
     * @return the stored outcome, or empty when the claim no longer stood and the delivery did not run
     */
    Optional<DeliveryOutcome> deliver(ClaimedMessage message, Function<ClaimedMessage, DeliveryOutcome> delivery);

    /**
     * Hands back the open claims whose token starts with the prefix, for a claimer that stops: those messages
     * are due again at once instead of after their claims expire. Returns how many.
     */
    int releaseClaims(String tokenPrefix, Instant at);

    /** How many of the shop's messages are in each status; every status is present, zero if none. */
    Map<MessageStatus, Long> messageCounts(String shopId);

    // ---- privacy

    /** Everything the shop stores about the address (see {@link CustomerExport}), or empty if nothing. */
    Optional<CustomerExport> exportCustomer(String shopId, String email);

    /**
     * Erases the address's personal data from the shop in one transaction, as {@link Erasure} describes:
     * leads and unsubscribe records deleted; the customer row marked erased and its orders kept for the
     * accounts, both under a random pseudonym instead of the address and without the name; messages still to
     * be sent cancelled; message data and recorded delivery errors cleared. Plugin state is the plugins' own.
     *
     * @return what was done, or empty if nothing was stored about the address
     */
    Optional<Erasure> eraseCustomer(String shopId, String email, Instant at);

    /** Closes the pool. The store cannot be used afterwards. */
    @Override
    void close();
}
