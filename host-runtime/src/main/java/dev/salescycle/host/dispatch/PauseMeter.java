package dev.salescycle.host.dispatch;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;

/**
 * Tells how much of the watchdog's lateness was a pause that stopped every thread alike, which moves deadlines,
 * and how much was this process's own threads taking the cores, which does not: otherwise a plugin that spins
 * on every core would stretch its own deadline and everyone else's.
 */
final class PauseMeter {

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private final long cores = Runtime.getRuntime().availableProcessors();
    private long lastCollectionMillis = collectionMillis();
    private long lastCpuNanos = cpuNanos();

    /**
     * Called on every tick of the watchdog.
     *
     * @param lateNanos how much later than due the watchdog woke
     * @param intervalNanos the time since its last tick
     * @return the part of the lateness that counts as a pause of the whole process
     */
    long pausedNanos(long lateNanos, long intervalNanos) {
        long collection = collectionMillis();
        long cpu = cpuNanos();
        long collectedNanos = (collection - lastCollectionMillis) * 1_000_000L;
        long usedNanos = cpu - lastCpuNanos;
        lastCollectionMillis = collection;
        lastCpuNanos = cpu;
        if (lateNanos <= 0) {
            return 0;
        }
        boolean coresBusyWithOurThreads = cpu >= 0 && usedNanos * 2 >= cores * intervalNanos;
        return coresBusyWithOurThreads ? Math.min(lateNanos, collectedNanos) : lateNanos;
    }

    private long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    private long cpuNanos() {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
