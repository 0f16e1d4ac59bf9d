package dev.salescycle.bench.experiments;

import dev.salescycle.bench.Machine;
import dev.salescycle.host.experiments.assign.Allocation;
import dev.salescycle.host.experiments.assign.Assigner;
import dev.salescycle.host.experiments.assign.Variant;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * CPU time per assignment, measured with the thread's CPU clock rather than the wall clock: on a machine
 * shared with other builds, wall-clock benchmarks count the time the thread waited for a core; CPU time
 * does not. The same work as {@link AssignmentBenchmark#assign} (2 variants, 4,096 UUIDs in turn), after a
 * warm-up, in 5 rounds of 20 million calls; prints each round and the median.
 */
public final class AssignmentCpuTime {

    private static final int IDS = 4096;
    private static final int CALLS = 20_000_000;

    private AssignmentCpuTime() {
    }

    public static void main(String[] args) {
        Assigner assigner = new Assigner("checkout-offer", "2026a", Allocation.of(Variant.of("A", 1), Variant.of("B", 1)));
        SplittableRandom random = new SplittableRandom(42);
        String[] units = new String[IDS];
        for (int i = 0; i < IDS; i++) {
            units[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        System.out.println(Machine.describe() + "; load average " + Machine.load());
        long sink = rounds(assigner, units, 3);
        double[] perCall = new double[5];
        long allocated = threads.getThreadAllocatedBytes(thread);
        for (int round = 0; round < perCall.length; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            sink += rounds(assigner, units, 1);
            perCall[round] = (threads.getCurrentThreadCpuTime() - cpu) / (double) CALLS;
            System.out.printf("round %d: %.1f ns of CPU per assignment%n", round + 1, perCall[round]);
        }
        allocated = threads.getThreadAllocatedBytes(thread) - allocated;
        java.util.Arrays.sort(perCall);
        System.out.printf("median %.1f ns of CPU per assignment; %.4f bytes allocated per call; load average %s (%d)%n",
                perCall[2], allocated / (5.0 * CALLS), Machine.load(), sink % 2);
    }

    private static long rounds(Assigner assigner, String[] units, int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < CALLS; i++) {
                sum += assigner.assign(units[i & (IDS - 1)]);
            }
        }
        return sum;
    }
}
