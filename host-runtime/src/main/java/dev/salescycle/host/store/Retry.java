package dev.salescycle.host.store;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Retries a transaction that lost a race, a few times with a short random pause. */
final class Retry {

    static final int ATTEMPTS = 8;

    private Retry() {
    }

    static <T> T onConflict(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConflictException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Sleeps a few milliseconds, longer with each attempt, so racing callers spread out. */
    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 2L + 4L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying", e);
        }
    }
}
