package dev.salescycle.host.dispatch;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Work prepared but not started, with the future of its result. Callers attach what must happen on
 * completion first, then {@link #start()}: the completion may come from another thread before the
 * starting thread gets back.
 *
 * @param starter runs the work (on the calling thread, possibly handing on to rescue threads)
 * @param result completes with the work's result
 * @param <T> the result type
 */
public record Pending<T>(Runnable starter, CompletableFuture<T> result) {

    /** Work that is already done. */
    public static <T> Pending<T> done(T value) {
        return new Pending<>(() -> { }, CompletableFuture.completedFuture(value));
    }

    /** The same work, with its result transformed when it completes. */
    public <R> Pending<R> then(Function<T, R> next) {
        return new Pending<>(starter, result.thenApply(next));
    }

    /** Starts the work and returns the result's future. */
    public CompletableFuture<T> start() {
        starter.run();
        return result;
    }
}
