package dev.salescycle.host.store;

/**
 * The host's durable store. Every method is thread-safe, keys its data by shop, and commits before
 * it returns. E-mail addresses are matched case-insensitively; times are kept to the microsecond.
 *
 * <p>It is the sum of its parts by concern ({@link LeadStore}, {@link ConsentStore}, {@link CatalogStore},
 * {@link OrderStore}, {@link PluginStateStore}, {@link FunnelStore}, {@link AttributionStore}, {@link MessageStore},
 * {@link PrivacyStore}):
 * a service depends on the parts it uses, while one implementation keeps one pool, one migration history and one
 * health check for all of them.
 *
 * <p>Failures are unchecked: {@link StoreUnavailableException} when the database cannot be reached
 * (retry later), {@link StoreException} otherwise, {@link IllegalArgumentException} for bad arguments.
 */
public interface Store extends LeadStore, ConsentStore, CatalogStore, OrderStore, PluginStateStore, FunnelStore,
        AttributionStore, MessageStore, PrivacyStore, AutoCloseable {

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

    /** The shops' order streams, which every host follows, and how far each host learned them. */
    OrderStreamStore orderStream();

    /** The experiments' states, units, orders and counts. */
    ExperimentRecords experiments();

    /** Whether the database answers a ping now. Never throws. */
    boolean isHealthy();

    /** Closes the pool. The store cannot be used afterwards. */
    @Override
    void close();
}
