package dev.salescycle.host.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach the database and how to size the connection pool.
 *
 * @param jdbcUrl {@code jdbc:h2:...} (embedded) or {@code jdbc:postgresql://...}
 * @param user the database user, or null
 * @param password the password, or null
 * @param maxPoolSize the most connections held open, 1 to 200
 * @param connectionTimeout how long a call waits for a connection before the store counts as
 *     unavailable; at least 250 ms. Short, so a dead database fails requests fast.
 */
public record StoreOptions(String jdbcUrl, String user, String password, int maxPoolSize,
                           Duration connectionTimeout) {

    /** Connections held open unless told otherwise. */
    public static final int DEFAULT_POOL_SIZE = 10;
    /** How long a call waits for a connection unless told otherwise. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    public StoreOptions {
        Check.text("jdbcUrl", jdbcUrl, 4096);
        if (maxPoolSize < 1 || maxPoolSize > 200) {
            throw new IllegalArgumentException("maxPoolSize must be 1..200, got " + maxPoolSize);
        }
        Check.notNull("connectionTimeout", connectionTimeout);
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, got " + connectionTimeout);
        }
    }

    /** Options with the default pool size and connection timeout. */
    public static StoreOptions of(String jdbcUrl, String user, String password) {
        return new StoreOptions(jdbcUrl, user, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT);
    }

    /** The embedded default: an H2 database in the file {@code salescycle} under the data folder. */
    public static String h2FileUrl(Path dataDir) {
        Check.notNull("dataDir", dataDir);
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("salescycle");
    }

    /** A copy with another pool size. */
    public StoreOptions withMaxPoolSize(int size) {
        return new StoreOptions(jdbcUrl, user, password, size, connectionTimeout);
    }

    /** A copy with another connection timeout. */
    public StoreOptions withConnectionTimeout(Duration timeout) {
        return new StoreOptions(jdbcUrl, user, password, maxPoolSize, timeout);
    }

    @Override
    public String toString() {
        return "StoreOptions[jdbcUrl=" + jdbcUrl + ", user=" + user + ", maxPoolSize=" + maxPoolSize
                + ", connectionTimeout=" + connectionTimeout + "]";
    }
}
