package dev.salescycle.host.retention;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.sdk.RetentionOffer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Calls a retention plugin off the scheduler thread, with the plugin's class loader as context loader and
 * a time budget: a plugin that hangs costs its message an attempt (and a thread), never the scheduler.
 */
final class PluginCalls implements AutoCloseable {

    /** The least budget a call gets: a first render also loads the plugin's classes. */
    static final long MIN_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "salescycle-retention-plugin");
        t.setDaemon(true);
        return t;
    });

    /** Runs the call and returns its answer, which must not be null. */
    <T> T call(BoundHook bound, String what, Function<RetentionOffer, T> call) throws PluginCallException {
        Future<T> future = workers.submit(() -> {
            Thread current = Thread.currentThread();
            ClassLoader previous = current.getContextClassLoader();
            current.setContextClassLoader(bound.classLoader());
            try {
                return call.apply((RetentionOffer) bound.hook());
            } finally {
                current.setContextClassLoader(previous);
            }
        });
        long budget = Math.max(bound.budgetNanos(), MIN_BUDGET_NANOS);
        try {
            T answer = future.get(budget, TimeUnit.NANOSECONDS);
            if (answer == null) {
                throw new PluginCallException(bound.pluginId() + " returned nothing from " + what);
            }
            return answer;
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new PluginCallException(bound.pluginId() + " did not return from " + what + " within "
                    + TimeUnit.NANOSECONDS.toMillis(budget) + " ms");
        } catch (ExecutionException e) {
            throw new PluginCallException(bound.pluginId() + " failed in " + what + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginCallException("interrupted while " + bound.pluginId() + " ran " + what);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
