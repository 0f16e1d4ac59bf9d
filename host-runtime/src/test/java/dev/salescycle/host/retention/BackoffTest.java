package dev.salescycle.host.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.store.ClaimedMessage;
import dev.salescycle.host.store.DeliveryOutcome;
import dev.salescycle.host.store.MessageStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class BackoffTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final Backoff backoff = new Backoff(4, Duration.ofMinutes(1));

    @Test
    void theWaitDoublesAfterEachAttemptUpToSixHours() {
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delay(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(backoff.delay(10)).isEqualTo(Backoff.MAX_DELAY);
        assertThat(backoff.delay(1_000_000)).isEqualTo(Backoff.MAX_DELAY);
    }

    @Test
    void failuresAreRetriedUntilTheLastAttemptThenFailed() {
        assertThat(backoff.failure(message(0), NOW, "refused", false))
                .isEqualTo(DeliveryOutcome.retry(NOW, "refused", NOW.plus(Duration.ofMinutes(1))));
        assertThat(backoff.failure(message(2), NOW, "refused", false))
                .isEqualTo(DeliveryOutcome.retry(NOW, "refused", NOW.plus(Duration.ofMinutes(4))));

        DeliveryOutcome last = backoff.failure(message(3), NOW, "refused", false);
        assertThat(last.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(last.reason()).isEqualTo("refused (gave up after 4 attempts)");
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        assertThat(backoff.failure(message(0), NOW, "550 no such user", true))
                .isEqualTo(DeliveryOutcome.failed(NOW, "550 no such user"));
    }

    private static ClaimedMessage message(int attempts) {
        return new ClaimedMessage(1, "s", "o-1", "drip", "welcome", "welcome", NOW, true, Map.of(), attempts,
                "ann@example.com", "host/1");
    }
}
