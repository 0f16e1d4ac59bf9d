package dev.salescycle.host.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RetirementTest {

    private Retirement retirement;

    @AfterEach
    void close() {
        retirement.close();
    }

    @Test
    void aPluginWithACallStillRunningAfterTheGraceIsClosedOnlyOnceTheCallReturns() throws Exception {
        retirement = new Retirement(Duration.ofMillis(20), Duration.ofMillis(10), Duration.ofMinutes(5));
        AtomicInteger running = new AtomicInteger(1);
        AtomicInteger polls = new AtomicInteger();
        CountDownLatch closed = new CountDownLatch(1);
        retirement.retire("stuck", () -> {
            polls.incrementAndGet();
            return running.get();
        }, closed::countDown);

        await().atMost(Duration.ofSeconds(30)).until(() -> polls.get() >= 5);
        assertThat(closed.getCount()).as("closed while a call still ran").isEqualTo(1);

        running.set(0);
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        retirement.awaitIdle(10_000);
    }

    @Test
    void aPluginWhoseCallNeverReturnsIsClosedAnywayAfterTheUpperBound() throws Exception {
        retirement = new Retirement(Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(50));
        CountDownLatch closed = new CountDownLatch(1);
        retirement.retire("hangs-forever", () -> 1, closed::countDown);

        retirement.awaitIdle(10_000);
        assertThat(closed.getCount()).isZero();
    }

    @Test
    void waitingForRetirementsWaitsForThoseHeldOpenByRunningCalls() {
        retirement = new Retirement(Duration.ofMillis(1), Duration.ofMillis(10), Duration.ofMinutes(5));
        retirement.retire("stuck", () -> 1, () -> { });

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> retirement.awaitIdle(100))
                .isInstanceOf(IllegalStateException.class);
    }
}
