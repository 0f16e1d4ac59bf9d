package dev.salescycle.bench.copurchase;

import java.lang.management.ManagementFactory;

/** Heap in use after full collections: what is still reachable, not what is waiting to be collected. */
final class HeapMeter {

    static final double MIB = 1024.0 * 1024.0;

    private HeapMeter() {
    }

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
