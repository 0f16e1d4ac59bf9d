package dev.salescycle.host.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.ScoredLead;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** The store over plain JDBC: checks arguments, picks the transaction, delegates to the DAOs. */
final class JdbcStore implements Store {

    private static final String CONFIRMED = "lead:confirmed";
    private static final String CONFIRM_LEAD_CONSENT = "UPDATE leads SET marketing_consent = TRUE, consent_at = ?,"
            + " consent_source = ?, consent_requested_at = NULL WHERE shop_id = ? AND email = ?";

    private final HikariDataSource dataSource;
    private final Jdbc jdbc;
    private final Daos daos;
    private final Clock clock;
    private final OrderPlacer placer;
    private final OrderImporter importer;
    private final Deliveries deliveries;
    private final CustomerCache customers;
    private final ExperimentRecords experiments;
    private final Reopen reopen;
    private final JdbcOrderStream stream;

    JdbcStore(HikariDataSource dataSource, Dialect dialect, Clock clock, CustomerCache customers, StoreOptions options) {
        this.dataSource = dataSource;
        this.reopen = new Reopen(dataSource, dialect);
        this.jdbc = new Jdbc(dataSource, reopen, dialect == Dialect.H2 && Dialect.embedded(dataSource.getJdbcUrl()));
        this.daos = Daos.of(dialect);
        this.clock = clock;
        this.placer = new OrderPlacer(jdbc, daos, clock);
        this.importer = new OrderImporter(jdbc, daos, clock);
        this.deliveries = new Deliveries(jdbc, daos);
        this.customers = customers;
        this.experiments = new ExperimentRecords(jdbc, dialect);
        this.stream = new JdbcOrderStream(jdbc, daos, options, dialect);
    }

    @Override
    public OrderStreamStore orderStream() {
        return stream;
    }

    @Override
    public ExperimentRecords experiments() {
        return experiments;
    }

    static JdbcStore open(StoreOptions options) {
        Check.notNull("options", options);
        Dialect dialect = Dialect.of(options.jdbcUrl());
        try {
            return new JdbcStore(Pool.open(options, dialect), dialect, Clock.systemUTC(),
                    CustomerCache.forUrl(options.jdbcUrl()), options);
        } catch (RuntimeException e) {
            throw SqlErrors.translate("open store", e);
        }
    }

    Jdbc jdbc() {
        return jdbc;
    }

    /**
     * Runs a query: a connection's own validity check does not see an embedded database that closed under it. When
     * the query finds it closed, the database is opened again and asked once more.
     */
    @Override
    public boolean isHealthy() {
        long reopened = reopen.count();
        return probe() || reopen.count() != reopened && probe();
    }

    private boolean probe() {
        try {
            return jdbc.autoCommit("probe", c -> {
                try (Statement s = c.createStatement()) {
                    s.setQueryTimeout(1);
                    try (ResultSet rs = s.executeQuery("SELECT 1")) {
                        return rs.next();
                    }
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public LeadRecord saveLead(String shopId, ScoredLead lead, Instant at) {
        String shop = Check.shopId(shopId);
        String email = Check.email(Check.notNull("lead", lead).lead().email());
        Check.notNull("at", at);
        try {
            return Retry.onConflict(() -> jdbc.transaction("save lead", c -> {
                LeadRecord saved = daos.leads().save(c, shop, email, lead, at);
                if (lead.lead().marketingConsent()) {
                    daos.customers().record(c, shop, List.of(CustomerChange.consent(email, lead.lead().name(), at,
                            LeadDao.consentSource(lead.lead()))));
                }
                return saved;
            }));
        } finally {
            customers.changed(shop, email);
        }
    }

    @Override
    public int upsertProducts(String shopId, List<Product> products) {
        String shop = Check.shopId(shopId);
        Check.notNull("products", products).forEach(p -> Check.text("sku", Check.notNull("product", p).sku(),
                Limits.SKU));
        return Retry.onConflict(() -> jdbc.transaction("upsert products",
                c -> daos.products().upsert(c, shop, products, clock.instant())));
    }

    @Override
    public List<Product> products(String shopId) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("read products", c -> daos.products().all(c, shop));
    }

    @Override
    public Optional<Product> product(String shopId, String sku) {
        String shop = Check.shopId(shopId);
        Check.notNull("sku", sku);
        return jdbc.autoCommit("read product", c -> daos.products().find(c, shop, sku));
    }

    @Override
    public Optional<Customer> customer(String shopId, String email) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        return customers.get(shop, address,
                () -> jdbc.autoCommit("read customer", c -> daos.customers().find(c, shop, address)));
    }

    @Override
    public List<Order> ordersOf(String shopId, String email) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        return jdbc.autoCommit("read orders", c -> daos.orderQueries().ofCustomer(c, shop, address));
    }

    @Override
    public long orderCount(String shopId) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("count orders", c -> daos.orderQueries().count(c, shop));
    }

    @Override
    public void forEachOrder(String shopId, Consumer<Order> action) {
        String shop = Check.shopId(shopId);
        Check.notNull("action", action);
        // A transaction because PostgreSQL only streams with a fetch size when auto-commit is off.
        jdbc.transaction("stream orders", c -> {
            daos.orderQueries().forEach(c, shop, action);
            return null;
        });
    }

    @Override
    public Optional<IdempotentResponse> findResponse(String shopId, String idempotencyKey) {
        String shop = Check.shopId(shopId);
        Check.notNull("idempotencyKey", idempotencyKey);
        return jdbc.autoCommit("read idempotency key", c -> daos.idempotency().byKey(c, shop, idempotencyKey));
    }

    @Override
    public Optional<IdempotentResponse> findOrderResponse(String shopId, String orderId) {
        String shop = Check.shopId(shopId);
        Check.notNull("orderId", orderId);
        return jdbc.autoCommit("read order response", c -> daos.idempotency().byOrder(c, shop, orderId));
    }

    @Override
    public PlaceResult placeOrder(String shopId, OrderPlacement placement) {
        String shop = Check.shopId(shopId);
        Check.notNull("placement", placement);
        try {
            PlaceResult result = placer.place(shop, placement);
            if (result.outcome() == PlaceResult.Outcome.PLACED) {
                stream.appended(shop);
            }
            return result;
        } finally {
            customers.changed(shop, placement.order().customerEmail());
        }
    }

    @Override
    public Optional<String> thankYouJson(String shopId, String orderId) {
        String shop = Check.shopId(shopId);
        Check.notNull("orderId", orderId);
        return jdbc.autoCommit("read thank-you", c -> daos.orderQueries().thankYouJson(c, shop, orderId));
    }

    @Override
    public Optional<String> customerEmailOf(String shopId, String orderId) {
        String shop = Check.shopId(shopId);
        Check.notNull("orderId", orderId);
        return jdbc.autoCommit("read customer of order", c -> daos.orderQueries().customerEmail(c, shop, orderId));
    }

    @Override
    public List<MessageRecord> messagesOfOrder(String shopId, String orderId) {
        String shop = Check.shopId(shopId);
        Check.notNull("orderId", orderId);
        return jdbc.autoCommit("read messages", c -> daos.messages().ofOrder(c, shop, orderId));
    }

    @Override
    public List<MessageRecord> messagesWithStatus(String shopId, MessageStatus status, int limit) {
        String shop = Check.shopId(shopId);
        Check.notNull("status", status);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1 to 1000, got " + limit);
        }
        return jdbc.autoCommit("read messages", c -> daos.messages().withStatus(c, shop, status, limit));
    }

    @Override
    public ImportResult importOrders(String shopId, List<Order> batch) {
        String shop = Check.shopId(shopId);
        try {
            ImportResult result = importer.importOrders(shop, Check.notNull("batch", batch));
            if (result.imported() > 0) {
                stream.appended(shop);
            }
            return result;
        } finally {
            customers.changedAll(shop);
        }
    }

    @Override
    public Optional<String> stateGet(String shopId, String pluginId, String key) {
        StateKey k = StateKey.of(shopId, pluginId, key);
        return jdbc.autoCommit("read plugin state", c -> daos.state().get(c, k.shop(), k.plugin(), k.key()));
    }

    @Override
    public void statePut(String shopId, String pluginId, String key, String value) {
        StateKey k = StateKey.of(shopId, pluginId, key);
        Check.notNull("value", value);
        if (value.getBytes(StandardCharsets.UTF_8).length > Limits.STATE_VALUE_BYTES) {
            throw new IllegalArgumentException("state value is larger than 64 KiB");
        }
        Retry.onConflict(() -> jdbc.autoCommit("write plugin state", c -> {
            daos.state().put(c, k.shop(), k.plugin(), k.key(), value, clock.instant());
            return null;
        }));
    }

    @Override
    public String stateInitialize(String shopId, String pluginId, String key, String value) {
        StateKey k = StateKey.of(shopId, pluginId, key);
        Check.notNull("value", value);
        return Retry.onConflict(() -> jdbc.autoCommit("initialize plugin state", c -> {
            daos.state().putIfAbsent(c, k.shop(), k.plugin(), k.key(), value, clock.instant());
            return daos.state().get(c, k.shop(), k.plugin(), k.key()).orElseThrow();
        }));
    }

    @Override
    public void stateRemove(String shopId, String pluginId, String key) {
        StateKey k = StateKey.of(shopId, pluginId, key);
        jdbc.autoCommit("remove plugin state", c -> {
            daos.state().remove(c, k.shop(), k.plugin(), k.key());
            return null;
        });
    }

    @Override
    public void recordMailTouch(String shopId, long messageId, String pluginId, boolean click, Instant at) {
        String shop = Check.shopId(shopId);
        Check.text("pluginId", pluginId, Limits.PLUGIN_ID);
        jdbc.autoCommit("record mail touch", c -> {
            daos.attribution().recordMailTouch(c, shop, messageId, pluginId, click, Check.notNull("at", at));
            return null;
        });
    }

    @Override
    public List<MailTouch> mailTouches(String shopId, String email, Instant from, Instant to) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        return jdbc.autoCommit("read mail touches", c -> daos.attribution().mailTouches(c, shop, address,
                Check.notNull("from", from), Check.notNull("to", to)));
    }

    @Override
    public AttributionRows attributionRows(String shopId, Instant from, Instant to) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("read attribution", c -> daos.attribution().rows(c, shop, Check.notNull("from", from),
                Check.notNull("to", to)));
    }

    @Override
    public void recordEvents(String shopId, List<FunnelEvent> events) {
        String shop = Check.shopId(shopId);
        List<FunnelEvent> all = List.copyOf(Check.notNull("events", events));
        jdbc.transaction("record funnel events", c -> {
            daos.funnel().record(c, shop, all);
            return null;
        });
    }

    @Override
    public void recordCounts(String shopId, List<FunnelCount> counts) {
        String shop = Check.shopId(shopId);
        List<FunnelCount> all = List.copyOf(Check.notNull("counts", counts));
        jdbc.transaction("record funnel counts", c -> {
            daos.funnel().recordCounts(c, shop, all);
            return null;
        });
    }

    @Override
    public Map<FunnelEventType, Long> funnelCounts(String shopId, Instant from, Instant to) {
        String shop = Check.shopId(shopId);
        Check.notNull("from", from);
        Check.notNull("to", to);
        return jdbc.autoCommit("count funnel events", c -> daos.funnel().counts(c, shop, from, to));
    }

    @Override
    public Map<String, Map<FunnelEventType, Long>> funnelCountsByPlugin(String shopId, Instant from, Instant to) {
        String shop = Check.shopId(shopId);
        Check.notNull("from", from);
        Check.notNull("to", to);
        return jdbc.autoCommit("count funnel events by plugin", c -> daos.funnel().countsByPlugin(c, shop, from, to));
    }

    @Override
    public boolean confirmConsent(String shopId, String email, Instant at) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        Check.notNull("at", at);
        try {
            return Retry.onConflict(() -> jdbc.transaction("confirm consent", c -> {
                if (Sql.update(c, CONFIRM_LEAD_CONSENT, at, CONFIRMED, shop, address) == 0) {
                    return false;
                }
                daos.customers().record(c, shop, List.of(CustomerChange.consent(address, null, at, CONFIRMED)));
                return true;
            }));
        } finally {
            customers.changed(shop, address);
        }
    }

    @Override
    public boolean consentRequested(String shopId, String email, Instant at) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        Check.notNull("at", at);
        return jdbc.autoCommit("mark consent requested", c -> daos.leads().consentRequested(c, shop, address, at));
    }

    @Override
    public int deleteUnconfirmedLeads(Instant requestedBefore) {
        Check.notNull("requestedBefore", requestedBefore);
        return jdbc.autoCommit("delete unconfirmed leads", c -> daos.leads().deleteUnconfirmed(c, requestedBefore));
    }

    @Override
    public boolean unsubscribe(String shopId, String email, Instant at, String source) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        Check.notNull("at", at);
        try {
            return Retry.onConflict(() -> jdbc.transaction("unsubscribe",
                    c -> daos.unsubscribes().unsubscribe(c, shop, address, at, source)));
        } finally {
            customers.changed(shop, address);
        }
    }

    @Override
    public boolean isUnsubscribed(String shopId, String email) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        return jdbc.autoCommit("read unsubscribe", c -> daos.unsubscribes().isUnsubscribed(c, shop, address));
    }

    @Override
    public boolean hasMarketingConsent(String shopId, String email) {
        return customer(shopId, email).map(Customer::marketingConsent).orElse(false);
    }

    @Override
    public List<ClaimedMessage> claimDue(String claimToken, Collection<String> shopIds, Instant now, int limit,
                                         Duration claimTimeout) {
        return deliveries.claim(claimToken, shopIds, now, limit, claimTimeout);
    }

    @Override
    public Optional<DeliveryOutcome> deliver(ClaimedMessage message,
                                             Function<ClaimedMessage, DeliveryOutcome> delivery) {
        return deliveries.deliver(message, delivery);
    }

    @Override
    public int releaseClaims(String tokenPrefix, Instant at) {
        return deliveries.release(tokenPrefix, at);
    }

    @Override
    public Map<MessageStatus, Long> messageCounts(String shopId) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("count messages", c -> daos.messages().counts(c, shop));
    }

    @Override
    public Optional<CustomerExport> exportCustomer(String shopId, String email) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        // One transaction, so the parts agree with each other.
        return jdbc.transaction("export customer", c -> daos.privacy().export(c, shop, address));
    }

    @Override
    public Optional<Erasure> eraseCustomer(String shopId, String email, Instant at) {
        String shop = Check.shopId(shopId);
        String address = Check.email(email);
        Check.notNull("at", at);
        String pseudonym = "erased-" + UUID.randomUUID();
        Erasure done;
        try {
            done = Retry.onConflict(() -> jdbc.transaction("erase customer",
                    c -> daos.erasure().erase(c, shop, address, pseudonym, at)));
        } finally {
            customers.changed(shop, address);
        }
        boolean found = done.customer() || done.leads() + done.orders() + done.unsubscribes() > 0;
        return found ? Optional.of(done) : Optional.empty();
    }

    @Override
    public void close() {
        stream.close();
        dataSource.close();
    }
}
