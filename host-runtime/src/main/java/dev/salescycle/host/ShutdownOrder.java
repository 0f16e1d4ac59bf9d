package dev.salescycle.host;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the host started, closed in the reverse order of starting: a part is closed before the parts it was
 * built on (the HTTP-facing services before the dispatcher, everything before the store). A part that fails
 * to close is logged and the rest are still closed.
 */
final class ShutdownOrder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownOrder.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /** Registers a part that has just started; returns it. */
    <T extends AutoCloseable> T started(T part) {
        started.push(part);
        return part;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", part, e.toString());
            }
        }
    }
}
