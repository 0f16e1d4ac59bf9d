package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PauseMeterTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LATE = 40 * MS;
    private static final long INTERVAL = 100 * MS;

    /** Readings a test sets: two cores, CPU and collection time as the test says. */
    private static final class Readings implements ProcessReadings {
        long cpuNanos;
        long collectionMillis;

        @Override
        public long cpuNanos() {
            return cpuNanos;
        }

        @Override
        public long collectionMillis() {
            return collectionMillis;
        }

        @Override
        public int cores() {
            return 2;
        }
    }

    @Test
    void latenessWhileThisProcessIdlesIsAPause() {
        Readings readings = new Readings();
        PauseMeter meter = new PauseMeter(readings);
        readings.cpuNanos += 5 * MS;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).isEqualTo(LATE);
    }

    @Test
    void latenessWhileThisProcessKeepsTheCoresBusyIsNone() {
        Readings readings = new Readings();
        PauseMeter meter = new PauseMeter(readings);
        readings.cpuNanos += 2 * INTERVAL;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).isZero();
    }

    @Test
    void latenessWhileTheCoresAreHalfOursIsNoPause() {
        Readings readings = new Readings();
        PauseMeter meter = new PauseMeter(readings);
        readings.cpuNanos += INTERVAL;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).isZero();
        readings.cpuNanos += INTERVAL - 1;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).as("just under half of two cores").isEqualTo(LATE);
    }

    @Test
    void aCollectionWhileTheCoresAreBusyCountsAsMuchAsItTook() {
        Readings readings = new Readings();
        PauseMeter meter = new PauseMeter(readings);
        readings.cpuNanos += 2 * INTERVAL;
        readings.collectionMillis += 15;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).isEqualTo(15 * MS);
        readings.cpuNanos += 2 * INTERVAL;
        readings.collectionMillis += 90;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).as("never more than the lateness").isEqualTo(LATE);
    }

    @Test
    void eachTickJudgesOnlyWhatHappenedSinceTheLastOne() {
        Readings readings = new Readings();
        PauseMeter meter = new PauseMeter(readings);
        readings.cpuNanos += 2 * INTERVAL;
        readings.collectionMillis += 30;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).isEqualTo(30 * MS);
        readings.cpuNanos += 2 * INTERVAL;
        assertThat(meter.pausedNanos(LATE, INTERVAL)).as("the earlier collection is not counted again").isZero();
    }

    @Test
    void withoutCpuReadingsEveryLatenessIsAPause() {
        Readings readings = new Readings();
        readings.cpuNanos = -1;
        PauseMeter meter = new PauseMeter(readings);
        assertThat(meter.pausedNanos(LATE, INTERVAL)).isEqualTo(LATE);
    }

    @Test
    void noLatenessIsNoPause() {
        assertThat(new PauseMeter(new Readings()).pausedNanos(-5, MS)).isZero();
        assertThat(new PauseMeter(new Readings()).pausedNanos(0, MS)).isZero();
    }

    @Test
    void theJvmsReadingsFollowThisProcessesWork() {
        ProcessReadings jvm = ProcessReadings.ofThisJvm();
        assertThat(jvm.cores()).isPositive();
        assertThat(jvm.collectionMillis()).isNotNegative();
        long before = jvm.cpuNanos();
        assertThat(before).as("HotSpot reports process CPU time").isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            long until = System.nanoTime() + 5 * MS;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return jvm.cpuNanos() - before >= 10 * MS;
        });
    }
}
