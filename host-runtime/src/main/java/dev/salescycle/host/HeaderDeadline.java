package dev.salescycle.host;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request line and headers take longer than the header timeout to arrive (a slow
 * header sender keeps a connection, a buffer and a file descriptor, and the idle timeout restarts with every
 * byte). A connection counts as receiving headers when bytes came in since it was opened or since its last
 * request ended and no request has started since; a sweep looks every quarter of the timeout.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private static final class Watched {
        final AtomicInteger active = new AtomicInteger();
        volatile long idleBytes;
        volatile long pendingSince;
    }

    private final long timeoutNanos;
    private final Map<Connection, Watched> connections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "salescycle-header-deadline");
        t.setDaemon(true);
        return t;
    });

    HeaderDeadline(Duration timeout, Handler next) {
        super(next);
        this.timeoutNanos = timeout.toNanos();
        long period = Math.max(50, timeout.toMillis() / 4);
        sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        connections.put(connection, new Watched());
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Connection connection = request.getConnectionMetaData().getConnection();
        Watched watched = connections.get(connection);
        if (watched == null) {
            return super.handle(request, response, callback);
        }
        watched.active.incrementAndGet();
        watched.pendingSince = 0;
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                watched.idleBytes = connection.getBytesIn();
                watched.active.decrementAndGet();
            }
        };
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, end));
            return handled;
        } finally {
            if (!handled) {
                end.run();
            }
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        connections.forEach((connection, watched) -> {
            if (watched.active.get() > 0 || connection.getBytesIn() <= watched.idleBytes) {
                watched.pendingSince = 0;
            } else if (watched.pendingSince == 0) {
                watched.pendingSince = now;
            } else if (now - watched.pendingSince > timeoutNanos) {
                LOG.info("Closed a connection from {}: its request headers took longer than {} ms",
                        connection.getEndPoint().getRemoteSocketAddress(), timeoutNanos / 1_000_000);
                connections.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
