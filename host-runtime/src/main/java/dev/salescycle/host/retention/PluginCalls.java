package dev.salescycle.host.retention;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.DetachedCall;
import dev.salescycle.sdk.RetentionOffer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Calls a retention plugin off the scheduler thread, with the plugin's class loader as context loader and
 * a time budget: a plugin that hangs costs its message an attempt (and a thread), never the scheduler. The
 * request path's rules hold (see {@link DetachedCall}): a call past its budget is interrupted, outcomes feed
 * the hook's breaker, and a hook whose breaker is open or whose plugin has calls stuck is not called.
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
        DetachedCall<T> detached = new DetachedCall<>(bound, hook -> call.apply((RetentionOffer) hook));
        String refusal = detached.admit();
        if (refusal != null) {
            throw new PluginCallException(bound.pluginId() + " (" + what + ") " + refusal);
        }
        Future<T> future;
        try {
            future = workers.submit(detached);
        } catch (RejectedExecutionException e) {
            detached.abandon();
            throw new PluginCallException(bound.pluginId() + " (" + what + ") not called: the host is stopping");
        }
        long budget = Math.max(bound.budgetNanos(), MIN_BUDGET_NANOS);
        try {
            T answer = answer(future, detached, budget);
            if (answer == null) {
                throw new PluginCallException(bound.pluginId() + " returned nothing from " + what);
            }
            return answer;
        } catch (TimeoutException e) {
            throw new PluginCallException(bound.pluginId() + " did not return from " + what + " within "
                    + TimeUnit.NANOSECONDS.toMillis(budget) + " ms");
        } catch (ExecutionException e) {
            throw new PluginCallException(bound.pluginId() + " failed in " + what + ": " + e.getCause());
        } catch (InterruptedException e) {
            detached.abandon();
            Thread.currentThread().interrupt();
            throw new PluginCallException("interrupted while " + bound.pluginId() + " ran " + what);
        }
    }

    /** The call's answer within the budget; past it the call is abandoned, unless it returned meanwhile. */
    private static <T> T answer(Future<T> future, DetachedCall<T> detached, long budget)
            throws TimeoutException, ExecutionException, InterruptedException {
        try {
            return future.get(budget, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (detached.abandon()) {
                throw e;
            }
            return future.get();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
