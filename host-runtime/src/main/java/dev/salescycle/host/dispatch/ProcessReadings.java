package dev.salescycle.host.dispatch;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;

/** What {@link PauseMeter} reads of this process: its CPU time and its garbage collectors' time. */
interface ProcessReadings {

    /** CPU time this process has used, in nanoseconds, or -1 if the JVM cannot tell. */
    long cpuNanos();

    /** Time all garbage collectors have spent, in milliseconds. */
    long collectionMillis();

    /** How many cores this process may use. */
    int cores();

    /** The JVM's own readings. */
    static ProcessReadings ofThisJvm() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        int cores = Runtime.getRuntime().availableProcessors();
        return new ProcessReadings() {
            @Override
            public long cpuNanos() {
                return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
            }

            @Override
            public long collectionMillis() {
                long total = 0;
                for (GarbageCollectorMXBean collector : collectors) {
                    total += Math.max(0, collector.getCollectionTime());
                }
                return total;
            }

            @Override
            public int cores() {
                return cores;
            }
        };
    }
}
