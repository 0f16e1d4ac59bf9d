package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PauseMeterTest {

    private static final long LATE = TimeUnit.MILLISECONDS.toNanos(40);

    @Test
    void latenessWhileThisProcessIdlesIsAPause() throws Exception {
        PauseMeter meter = new PauseMeter();
        long start = System.nanoTime();
        Thread.sleep(100);
        assertThat(meter.pausedNanos(LATE, System.nanoTime() - start)).isEqualTo(LATE);
    }

    @Test
    void latenessWhileThisProcessKeepsTheCoresBusyIsNone() throws Exception {
        PauseMeter meter = new PauseMeter();
        long start = System.nanoTime();
        long until = start + TimeUnit.MILLISECONDS.toNanos(200);
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            });
            t.start();
            spinners.add(t);
        }
        for (Thread t : spinners) {
            t.join();
        }
        // Only a garbage collection in the meantime could count, and spinning allocates nothing.
        assertThat(meter.pausedNanos(LATE, System.nanoTime() - start)).isLessThan(LATE);
    }

    @Test
    void noLatenessIsNoPause() {
        assertThat(new PauseMeter().pausedNanos(-5, 1_000_000)).isZero();
    }
}
