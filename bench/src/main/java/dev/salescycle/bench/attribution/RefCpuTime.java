package dev.salescycle.bench.attribution;

import dev.salescycle.bench.Machine;
import dev.salescycle.host.attribution.RefCodec;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.experiments.assign.Allocation;
import dev.salescycle.host.experiments.assign.Assigner;
import dev.salescycle.host.experiments.assign.Variant;
import java.lang.management.ManagementFactory;

/**
 * CPU time (the thread's own clock, which other builds on a shared machine do not inflate) of what attribution
 * and an experiment add to one cart request: the references of a cart answer of 2 offers and 4 recommendations,
 * one reference read back from a cart line, and one experiment assignment of the visitor. 5 rounds of 200,000
 * requests after a warm-up; prints each round, the median and the bytes allocated per request.
 */
public final class RefCpuTime {

    private static final int REQUESTS = 200_000;

    private RefCpuTime() {
    }

    public static void main(String[] args) {
        RefCodec codec = RefBenchmark.codec();
        Assigner assigner = new Assigner("checkout-offer", "2026a", Allocation.of(Variant.of("A", 1), Variant.of("B", 1)));
        String line = codec.sign(RefBenchmark.SHOP, HookKind.UPSELL, "co-purchase-upsell", "paper-filters",
                RefBenchmark.VISITOR, RefBenchmark.AT);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        System.out.println(Machine.describe() + "; load average " + Machine.load());
        long sink = rounds(codec, assigner, line, 5);
        double[] perRequest = new double[5];
        long allocated = threads.getThreadAllocatedBytes(thread);
        for (int round = 0; round < perRequest.length; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            sink += rounds(codec, assigner, line, 1);
            perRequest[round] = (threads.getCurrentThreadCpuTime() - cpu) / (double) REQUESTS;
            System.out.printf("round %d: %.0f ns of CPU per cart request%n", round + 1, perRequest[round]);
        }
        allocated = threads.getThreadAllocatedBytes(thread) - allocated;
        java.util.Arrays.sort(perRequest);
        System.out.printf("median %.0f ns of CPU per cart request (6 references signed, 1 read, 1 assignment);"
                + " %.0f bytes allocated per request; load average %s (%d)%n", perRequest[2],
                allocated / (5.0 * REQUESTS), Machine.load(), sink % 2);
    }

    private static long rounds(RefCodec codec, Assigner assigner, String line, int rounds) {
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < REQUESTS; i++) {
                sum += RefBenchmark.cartAnswer(codec);
                sum += codec.read(line, RefBenchmark.SHOP, RefBenchmark.VISITOR).isValid() ? 1 : 0;
                sum += assigner.assign(RefBenchmark.VISITOR);
            }
        }
        return sum;
    }
}
