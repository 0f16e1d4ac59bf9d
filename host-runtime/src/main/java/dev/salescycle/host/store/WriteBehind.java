package dev.salescycle.host.store;

import java.time.Duration;

/**
 * Writes kept in memory reach the store from a daemon thread of their own, every interval and once more when
 * closed, so that the request path never waits for them.
 */
public final class WriteBehind implements AutoCloseable {

    private final Runnable flush;
    private final long intervalMillis;
    private final Thread writer;
    private volatile boolean stopped;

    public WriteBehind(String threadName, Duration interval, Runnable flush) {
        this.flush = flush;
        this.intervalMillis = interval.toMillis();
        this.writer = new Thread(this::loop, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    private void loop() {
        while (!stopped) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
            flush.run();
        }
    }

    /** Stops the thread, waits up to 5 s for a write it is doing, then writes what is left. */
    @Override
    public void close() {
        stopped = true;
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush.run();
    }
}
