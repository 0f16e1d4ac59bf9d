package dev.salescycle.bench.copurchase;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process (every thread, GC and JIT included): steadier than wall time on a busy machine. */
final class ProcessCpu {

    private ProcessCpu() {
    }

    static long nanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
