package dev.salescycle.host.lifecycle;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes replaced plugins once the requests that started on the old snapshot had time to finish and no call of
 * the plugin runs any more, so that none meets a closed class loader. A call that never returns (a plugin
 * ignoring interrupts) holds the plugin open for a bounded time only; then it is closed anyway, with a warning.
 */
final class Retirement implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Retirement.class);

    /** How often a plugin whose calls still run after the grace is looked at again. */
    static final Duration POLL = Duration.ofMillis(200);

    /** How long after the grace a plugin with calls still running is closed anyway. */
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final Duration grace;
    private final Duration poll;
    private final Duration maxWait;
    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "salescycle-retirement");
        t.setDaemon(true);
        return t;
    });

    Retirement(Duration grace) {
        this(grace, POLL, MAX_WAIT);
    }

    Retirement(Duration grace, Duration poll, Duration maxWait) {
        this.grace = grace;
        this.poll = poll;
        this.maxWait = maxWait;
    }

    /**
     * Closes a plugin once the grace has passed and none of its calls runs.
     *
     * @param pluginId the plugin, for the log
     * @param runningCalls how many calls of the plugin run now in the snapshots it was part of
     * @param close closes the plugin
     */
    void retire(String pluginId, IntSupplier runningCalls, Runnable close) {
        Retiree retiree = new Retiree(pluginId, runningCalls, close,
                System.nanoTime() + grace.toNanos() + maxWait.toNanos(), new CompletableFuture<>());
        pending.add(retiree.done());
        retiree.done().whenComplete((ignored, failure) -> pending.remove(retiree.done()));
        scheduler.schedule(() -> closeWhenIdle(retiree), grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void closeWhenIdle(Retiree retiree) {
        int running = retiree.runningCalls().getAsInt();
        if (running > 0 && System.nanoTime() - retiree.giveUpAt() < 0) {
            scheduler.schedule(() -> closeWhenIdle(retiree), poll.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (running > 0) {
            LOG.warn("Closing plugin {} with {} of its calls still running {} s after it was replaced; they may fail"
                    + " on its closed class loader", retiree.pluginId(), running, grace.plus(maxWait).toSeconds());
        }
        try {
            retiree.close().run();
        } catch (RuntimeException e) {
            LOG.warn("Closing plugin {} failed", retiree.pluginId(), e);
        } finally {
            retiree.done().complete(null);
        }
    }

    /** Waits until every retirement started so far is done. */
    void awaitIdle(long timeoutMillis) throws InterruptedException {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("retirement did not finish in time", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    private record Retiree(String pluginId, IntSupplier runningCalls, Runnable close, long giveUpAt,
                           CompletableFuture<Void> done) {
    }
}
