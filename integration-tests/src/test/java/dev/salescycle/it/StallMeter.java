package dev.salescycle.it;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How long this JVM's threads could not get a CPU: a daemon thread sleeps a millisecond at a time and adds up how
 * much later than asked it woke. The host's watchdog extends hook deadlines by the same measure, so a time bound
 * on a machine shared with other builds adds it to its margin; a host waiting for a sleeping plugin adds nothing.
 */
final class StallMeter implements AutoCloseable {

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long TOLERANCE_NANOS = TimeUnit.MILLISECONDS.toNanos(4);

    private final AtomicLong stalled = new AtomicLong();
    private volatile boolean stopped;

    StallMeter() {
        Thread thread = new Thread(this::measure, "stall-meter");
        thread.setDaemon(true);
        thread.start();
    }

    /** The total time the meter's thread woke late, since it started. */
    long stalledMillis() {
        return TimeUnit.NANOSECONDS.toMillis(stalled.get());
    }

    private void measure() {
        long last = System.nanoTime();
        while (!stopped) {
            LockSupport.parkNanos(TICK_NANOS);
            long now = System.nanoTime();
            long late = now - last - TICK_NANOS - TOLERANCE_NANOS;
            if (late > 0) {
                stalled.addAndGet(late);
            }
            last = now;
        }
    }

    @Override
    public void close() {
        stopped = true;
    }
}
