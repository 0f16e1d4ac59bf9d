package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on PostgreSQL for other hosts' new orders on a connection of its own (outside the pool, which would
 * hand it to other work), and passes each notice's shop id on. A dropped connection is opened again after a
 * second; meanwhile the followers fall back to polling.
 */
final class NoticeListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeListener.class);
    private static final int WAIT_MILLIS = 1000;

    private final StoreOptions options;
    private final Consumer<String> sink;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private volatile Connection connection;

    NoticeListener(StoreOptions options, Consumer<String> sink) {
        this.options = options;
        this.sink = sink;
        this.thread = new Thread(this::run, "salescycle-stream-listen");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        boolean failing = false;
        while (stopped.getCount() > 0) {
            try (Connection c = DriverManager.getConnection(options.jdbcUrl(), options.user(), options.password())) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + StreamDao.CHANNEL);
                }
                if (failing) {
                    LOG.info("Listening for new orders again");
                    failing = false;
                }
                listen(c.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (!failing && stopped.getCount() > 0) {
                    LOG.warn("Not listening for new orders ({}); polling until the connection is back", e.toString());
                }
                failing = true;
            }
            pause();
        }
    }

    private void listen(PGConnection pg) throws SQLException {
        while (stopped.getCount() > 0) {
            PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
            if (notices != null) {
                for (PGNotification notice : notices) {
                    sink.accept(notice.getParameter());
                }
            }
        }
    }

    private void pause() {
        try {
            stopped.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
