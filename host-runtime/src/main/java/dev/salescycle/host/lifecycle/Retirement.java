package dev.salescycle.host.lifecycle;

import dev.salescycle.host.plugins.PluginHandle;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Closes replaced plugins once the requests that started on the old snapshot had time to finish, so that
 * none of them meets a closed class loader.
 */
final class Retirement implements AutoCloseable {

    private final Duration grace;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "salescycle-retirement");
        t.setDaemon(true);
        return t;
    });

    Retirement(Duration grace) {
        this.grace = grace;
    }

    void retire(PluginHandle handle, Consumer<PluginHandle> afterClose) {
        scheduler.schedule(() -> {
            handle.close();
            afterClose.accept(handle);
        }, grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until every retirement scheduled so far is done. */
    void awaitIdle(long timeoutMillis) throws InterruptedException {
        try {
            scheduler.schedule(() -> { }, grace.toMillis(), TimeUnit.MILLISECONDS).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("retirement did not finish in time", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
