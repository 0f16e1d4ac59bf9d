package dev.salescycle.host.store;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the embedded database again once it closed under the pool. H2 closes the whole database when a write
 * to its file fails; each pooled connection then answers "the database has been closed" while the pool still
 * counts it valid, so without this the store stayed unavailable until a restart. On such an answer the pooled
 * connections are retired (those in use when they are given back) and the next ones open the file anew, at
 * most once a second. PostgreSQL connections need none of this: the pool retires broken ones itself.
 */
final class Reopen {

    private static final Logger LOG = LoggerFactory.getLogger(Reopen.class);
    private static final long PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** H2's codes for a database that was closed, or is closing, under an open connection. */
    private static final int CLOSED = 90098;
    private static final int CLOSING = 90121;

    private final HikariDataSource pool;
    private final boolean embedded;
    private final AtomicLong last = new AtomicLong(System.nanoTime() - PAUSE_NANOS);
    private final AtomicLong count = new AtomicLong();

    Reopen(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.embedded = dialect == Dialect.H2 && Dialect.embedded(pool.getJdbcUrl());
    }

    /** Looks at a failed call: if it found the embedded database closed, the pool's connections are retired. */
    void afterFailure(SQLException failure) {
        if (!embedded || !closed(failure)) {
            return;
        }
        long now = System.nanoTime();
        long before = last.get();
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null || now - before < PAUSE_NANOS || !last.compareAndSet(before, now)) {
            return;
        }
        LOG.warn("The embedded database was closed ({}); opening it again", failure.getMessage());
        bean.softEvictConnections();
        count.incrementAndGet();
    }

    /** How often the database was opened again. */
    long count() {
        return count.get();
    }

    private static boolean closed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == CLOSED || sql.getErrorCode() == CLOSING)) {
                return true;
            }
        }
        return false;
    }
}
