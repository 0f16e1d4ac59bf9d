package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.config.BreakerSettings;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(new BreakerSettings(10, 4, 50, Duration.ofSeconds(60), 2), now::get);

    private void calls(int ok, int failed) {
        for (int i = 0; i < ok; i++) {
            assertThat(breaker.allow()).isTrue();
            breaker.record(false);
        }
        for (int i = 0; i < failed; i++) {
            assertThat(breaker.allow()).isTrue();
            breaker.record(true);
        }
    }

    @Test
    void opensWhenHalfOfTheWindowFailedAndNotBeforeTheMinimumOfCalls() {
        calls(0, 3);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        calls(0, 1);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allow()).isFalse();
    }

    @Test
    void oldOutcomesLeaveTheWindow() {
        calls(0, 4);
        CircuitBreaker fresh = new CircuitBreaker(new BreakerSettings(10, 4, 50, Duration.ofSeconds(60), 2), now::get);
        for (int i = 0; i < 10; i++) {
            fresh.record(false);
        }
        for (int i = 0; i < 4; i++) {
            fresh.record(true);
        }
        assertThat(fresh.state()).as("4 of the last 10 failed").isEqualTo(CircuitBreaker.State.CLOSED);
        fresh.record(true);
        assertThat(fresh.state()).as("5 of the last 10 failed").isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void halfOpenTrialsCloseOrReopenIt() {
        calls(0, 4);
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(breaker.allow()).isFalse();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).as("only two trials").isFalse();
        breaker.record(false);
        breaker.record(true);
        assertThat(breaker.state()).as("one of two trials failed").isEqualTo(CircuitBreaker.State.OPEN);

        now.addAndGet(Duration.ofSeconds(60).toNanos());
        calls(2, 0);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        calls(3, 0);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
