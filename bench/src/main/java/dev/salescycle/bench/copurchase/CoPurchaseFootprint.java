package dev.salescycle.bench.copurchase;

import dev.salescycle.plugins.copurchase.CoPurchaseUpsell;
import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.plugins.copurchase.model.ModelBuilder;
import dev.salescycle.sdk.model.Cart;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The heap a learned shop holds: used heap after full GCs, with and without the learned plugin, the
 * synthetic orders being held in both. Also prints the model's own estimate of its data and one
 * learn's wall time. Arguments: [orders] [skus] (default 1,000,000 and 50,000).
 */
public final class CoPurchaseFootprint {

    private static final double MIB = 1024.0 * 1024.0;

    private CoPurchaseFootprint() {
    }

    public static void main(String[] args) {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int skus = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        SyntheticOrderHistory history = new SyntheticOrderHistory(SyntheticShop.generate(orders, skus, 42));
        long before = usedAfterGc();

        long start = System.nanoTime();
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        plugin.shopStarted(Contexts.of(plugin, history, Map.of()));
        long learnNanos = System.nanoTime() - start;
        long held = usedAfterGc() - before;

        CoPurchaseModel model = ModelBuilder.learn(history, order -> { });
        print("orders", orders);
        print("skus seen", model.skus().size());
        print("log entries (order lines, distinct)", model.log().totalItems());
        System.out.printf(Locale.ROOT, "learn wall time (one run, cold JVM): %.2f s%n", learnNanos / 1e9);
        System.out.printf(Locale.ROOT, "heap held by the learned plugin (GC-measured): %.1f MiB%n", held / MIB);
        System.out.printf(Locale.ROOT, "model data estimate, one copy: %.1f MiB (two copies are kept)%n",
                model.sizeInBytes() / MIB);
        Cart empty = new Cart(null, null, Currency.getInstance("EUR"), List.of());
        if (plugin.recommend(empty, Contexts.of(plugin, history, Map.of())).isEmpty()) {
            throw new IllegalStateException("the learned plugin gave no best-sellers");
        }
    }

    private static void print(String what, long value) {
        System.out.printf(Locale.ROOT, "%s: %,d%n", what, value);
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
