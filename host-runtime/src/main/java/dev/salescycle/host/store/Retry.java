package dev.salescycle.host.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries a transaction that lost a race, with short random pauses, for up to two seconds: a retention delivery
 * holds its message's locks while the plugin renders and the mail server answers, and a request that meets one
 * should wait for it rather than answer {@code store_busy}.
 */
final class Retry {

    static final long BUDGET_NANOS = 2_000_000_000L;
    private static final long LONGEST_PAUSE_MILLIS = 50;

    private Retry() {
    }

    static <T> T onConflict(Supplier<T> transaction) {
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConflictException e) {
                if (!again(started)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Whether a transaction first tried at {@code startedNanos} may be tried once more. */
    static boolean again(long startedNanos) {
        return System.nanoTime() - startedNanos < BUDGET_NANOS;
    }

    /** Sleeps a few milliseconds, longer with each attempt up to 50 ms, so racing callers spread out. */
    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + Math.min(4L * attempt, LONGEST_PAUSE_MILLIS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying", e);
        }
    }
}
