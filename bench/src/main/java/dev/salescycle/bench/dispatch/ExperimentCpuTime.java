package dev.salescycle.bench.dispatch;

import dev.salescycle.bench.Machine;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * CPU time of a cart evaluation through the host's cart service, in a shop with two no-op offer plugins, without
 * and with an experiment between them (by visitor id, exposures and counts recorded as on a running host). The
 * two shops are measured in alternating rounds of 200,000 carts from 20,000 visitors in turn; for each, the
 * request thread's own CPU clock (which other builds on a shared machine do not inflate) and the whole
 * process's (which also holds the background writes of units and counts, the garbage collector and the JIT).
 */
public final class ExperimentCpuTime {

    private static final int REQUESTS = 200_000;
    private static final int VISITORS = 20_000;
    private static final int ROUNDS = 11;

    private ExperimentCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Currency eur = Currency.getInstance("EUR");
        Cart cart = new Cart("c", null, eur, List.of(new CartLine("sku-1", "One", 2, new Money(new BigDecimal("9.50"), eur))));
        String[] visitors = new String[VISITORS];
        for (int i = 0; i < VISITORS; i++) {
            visitors[i] = "visitor-" + java.util.UUID.nameUUIDFromBytes(("v" + i).getBytes()).toString();
        }
        System.out.println(Machine.describe() + "; load average " + Machine.load());
        try (NoopShop plain = NoopShop.open(2, false); NoopShop split = NoopShop.open(2, true)) {
            run(plain, cart, visitors, REQUESTS);
            run(split, cart, visitors, REQUESTS);
            double[][] thread = new double[2][ROUNDS];
            double[][] process = new double[2][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (int which : round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                    long t = threads.getCurrentThreadCpuTime();
                    long p = os.getProcessCpuTime();
                    run(which == 0 ? plain : split, cart, visitors, REQUESTS);
                    thread[which][round] = (threads.getCurrentThreadCpuTime() - t) / (double) REQUESTS;
                    process[which][round] = (os.getProcessCpuTime() - p) / (double) REQUESTS;
                }
                System.out.printf("round %d: without %.0f ns (process %.0f), with the experiment %.0f ns (process %.0f)"
                        + " of CPU per cart%n", round + 1, thread[0][round], process[0][round], thread[1][round],
                        process[1][round]);
            }
            System.out.printf("median per cart: without %.0f ns, with %.0f ns of the request thread's CPU; process"
                    + " %.0f and %.0f ns; load average %s%n", median(thread[0]), median(thread[1]), median(process[0]),
                    median(process[1]), Machine.load());
        }
    }

    private static void run(NoopShop shop, Cart cart, String[] visitors, int requests) {
        for (int i = 0; i < requests; i++) {
            if (shop.carts().evaluate(NoopShop.SHOP, cart, visitors[i % visitors.length]).start().join() == null) {
                throw new IllegalStateException("no answer");
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
