package dev.salescycle.testkit.checks;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One call into plugin code on its own daemon thread, with the plugin's class loader as context class
 * loader, measured on that thread. A call past the limit is left behind, never interrupted, as the host does.
 */
final class TimedCall {

    /**
     * What came of a call.
     *
     * @param value what it returned
     * @param error what it threw, or null
     * @param nanos how long it ran, measured around the call itself
     * @param returned false if it was still running at the limit
     */
    record Attempt(Object value, Throwable error, long nanos, boolean returned) {
    }

    private TimedCall() {
    }

    static Attempt run(Callable<?> call, ClassLoader loader, Duration limit) {
        CompletableFuture<Attempt> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Object value = call.call();
                done.complete(new Attempt(value, null, System.nanoTime() - start, true));
            } catch (Throwable t) {
                done.complete(new Attempt(null, t, System.nanoTime() - start, true));
            }
        }, "salescycle-plugin-check");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        thread.start();
        try {
            return done.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return new Attempt(null, null, limit.toNanos(), false);
        } catch (ExecutionException e) {
            return new Attempt(null, e.getCause(), 0, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a plugin call", e);
        }
    }

    /** An exception as one line: its type, message and the frame it was thrown at. */
    static String describe(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage())
                + (trace.length == 0 ? "" : " (at " + trace[0] + ")");
    }
}
