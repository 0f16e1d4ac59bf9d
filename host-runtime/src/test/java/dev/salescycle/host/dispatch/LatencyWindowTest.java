package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LatencyWindowTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.DAYS.toNanos(3));
    private final LatencyWindow window = new LatencyWindow(now::get);

    @Test
    void theNinetyFifthPercentileIsTheUpperEdgeOfItsBucket() {
        for (int i = 0; i < 95; i++) {
            window.record(TimeUnit.MILLISECONDS.toNanos(2), now.get());
        }
        for (int i = 0; i < 5; i++) {
            window.record(TimeUnit.MILLISECONDS.toNanos(40), now.get());
        }
        long p95 = window.percentileNanos(0.95);
        assertThat(p95).isBetween(TimeUnit.MILLISECONDS.toNanos(2), (long) (TimeUnit.MILLISECONDS.toNanos(2) * 1.25));
        window.record(TimeUnit.MILLISECONDS.toNanos(40), now.get());
        assertThat(window.percentileNanos(0.95)).as("one more slow call tips the 95th into the slow bucket")
                .isBetween(TimeUnit.MILLISECONDS.toNanos(40), (long) (TimeUnit.MILLISECONDS.toNanos(40) * 1.25));
    }

    @Test
    void callsOlderThanAnHourNoLongerCount() {
        assertThat(window.percentileNanos(0.95)).isEqualTo(-1);
        window.record(TimeUnit.SECONDS.toNanos(1), now.get());
        now.addAndGet(TimeUnit.MINUTES.toNanos(30));
        window.record(TimeUnit.MILLISECONDS.toNanos(3), now.get());
        assertThat(window.percentileNanos(1.0)).as("both within the hour").isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
        now.addAndGet(TimeUnit.MINUTES.toNanos(40));
        assertThat(window.percentileNanos(1.0)).as("the slow call is 70 minutes old")
                .isLessThan(TimeUnit.MILLISECONDS.toNanos(4));
        now.addAndGet(TimeUnit.MINUTES.toNanos(61));
        assertThat(window.percentileNanos(0.95)).isEqualTo(-1);
    }

    @Test
    void bucketsCoverTheRangeInOrder() {
        long previous = 0;
        for (int b = 0; b < LatencyWindow.bucket(Long.MAX_VALUE); b++) {
            long edge = LatencyWindow.upperEdge(b);
            assertThat(edge).isGreaterThan(previous);
            assertThat(LatencyWindow.bucket(edge - 1)).isEqualTo(b);
            previous = edge;
        }
        assertThat(LatencyWindow.bucket(0)).isZero();
        assertThat(LatencyWindow.bucket(-5)).isZero();
    }
}
