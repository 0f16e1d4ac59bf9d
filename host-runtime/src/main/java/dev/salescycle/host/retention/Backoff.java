package dev.salescycle.host.retention;

import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.host.store.DeliveryOutcome;
import java.time.Duration;
import java.time.Instant;

/** Turns a failed attempt into a retry after an exponentially growing wait, or into a final failure. */
final class Backoff {

    /** The longest wait between two attempts. */
    static final Duration MAX_DELAY = Duration.ofHours(6);

    private final int maxAttempts;
    private final Duration firstDelay;

    Backoff(int maxAttempts, Duration firstDelay) {
        this.maxAttempts = maxAttempts;
        this.firstDelay = firstDelay;
    }

    /** The outcome of a failed attempt: a retry, or failed when permanent or when the attempts are used up. */
    DeliveryOutcome failure(ClaimedMessage message, Instant now, String reason, boolean permanent) {
        int attempt = message.attempts() + 1;
        if (permanent) {
            return DeliveryOutcome.failed(now, reason);
        }
        if (attempt >= maxAttempts) {
            return DeliveryOutcome.failed(now, reason + " (gave up after " + attempt + " attempts)");
        }
        return DeliveryOutcome.retry(now, reason, now.plus(delay(attempt)));
    }

    /** The wait after the given attempt (1 for the first): the first delay, doubled each time, capped. */
    Duration delay(int attempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(MAX_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_DELAY) < 0 ? delay : MAX_DELAY;
    }
}
