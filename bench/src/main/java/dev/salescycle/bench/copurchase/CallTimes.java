package dev.salescycle.bench.copurchase;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Each call's wall time and the calling thread's CPU time. On a shared machine the wall time also holds
 * the waits for a core; the CPU time does not (it includes the clock reads, whose cost {@link #cpuClockCost}
 * gives).
 */
final class CallTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final Latencies wall = new Latencies();
    final Latencies cpu = new Latencies();

    void time(Runnable call) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        call.run();
        long wallEnd = System.nanoTime();
        long cpuEnd = THREADS.getCurrentThreadCpuTime();
        wall.record(wallEnd - wallStart);
        cpu.record(cpuEnd - cpuStart);
    }

    /** The median CPU time of timing an empty call. */
    static CallTimes cpuClockCost() {
        CallTimes empty = new CallTimes();
        for (int i = 0; i < 100_000; i++) {
            empty.time(() -> { });
        }
        return empty;
    }
}
