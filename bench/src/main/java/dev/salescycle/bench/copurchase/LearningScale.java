package dev.salescycle.bench.copurchase;

import dev.salescycle.bench.Machine;
import dev.salescycle.plugins.copurchase.CoPurchaseUpsell;
import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.plugins.copurchase.rules.Recommender;
import dev.salescycle.plugins.copurchase.rules.UpsellSettings;
import dev.salescycle.plugins.copurchase.shop.ShopModel;
import dev.salescycle.sdk.model.Cart;
import java.lang.management.ManagementFactory;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How the co-purchase model scales with the number of orders: learning time, retained heap, answer
 * latency and the cost of one more order, for a streamed synthetic shop of any size (see
 * docs/co-purchase.md, "Scale"). Drives one shop's model as the plugin's hooks do: a rebuild from the
 * shop's order history (shop start), one add per order after that, and answers through the plugin's
 * recommender with its default settings. Arguments: [orders] [skus] (default 1,000,000 and 50,000).
 */
public final class LearningScale {

    private static final long SEED = 42;
    private static final int CARTS = 4096;
    private static final int WARM_UP_CALLS = 100_000;
    private static final int MEASURED_CALLS = 300_000;
    private static final int ADDED_ORDERS = 20_000;
    private static final Currency EUR = Currency.getInstance("EUR");

    private LearningScale() {
    }

    public static void main(String[] args) {
        long orders = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        int skus = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        System.out.println("machine: " + Machine.describe() + "; load " + Machine.load());
        System.out.println("jvm flags: " + ManagementFactory.getRuntimeMXBean().getInputArguments()
                + "; max heap " + mib(Runtime.getRuntime().maxMemory()));
        printf("orders %,d, skus %,d, seed %d%n", orders, skus, SEED);

        StreamedOrderHistory history = new StreamedOrderHistory(orders, skus, SEED, "o-");
        long[] lines = new long[1];
        long start = System.nanoTime();
        long cpu = ProcessCpu.nanos();
        history.forEach(order -> lines[0] += order.lines().size());
        printf("stream alone (generating the orders, no learning): %.2f s, %.2f s of process CPU; %,d order lines%n",
                seconds(start), (ProcessCpu.nanos() - cpu) / 1e9, lines[0]);

        long before = HeapMeter.usedAfterGc();
        ShopModel shop = new ShopModel();
        start = System.nanoTime();
        cpu = ProcessCpu.nanos();
        shop.rebuild(history);
        double learnSeconds = seconds(start);
        double learnCpuSeconds = (ProcessCpu.nanos() - cpu) / 1e9;
        long held = HeapMeter.usedAfterGc() - before;
        printf("learn (rebuild from the stream, stream included): %.2f s, %,.0f orders/s; %.2f s of process CPU%n",
                learnSeconds, orders / learnSeconds, learnCpuSeconds);
        printf("heap held by the learned model (after GC, both Left-Right copies): %s%n", mib(held));
        CoPurchaseModel model = shop.read(m -> m);
        printf("model's own estimate: %s a copy; %,d skus, %,d log entries%n",
                mib(model.sizeInBytes()), model.skus().size(), model.log().totalItems());

        UpsellSettings settings = UpsellSettings.from(Contexts.of(new CoPurchaseUpsell(), history, Map.of()).settings());
        answerLatency(shop, settings, history);
        addLatency(shop, skus);
        printf("heap held after the added orders (after GC): %s%n", mib(HeapMeter.usedAfterGc() - before));
        System.out.println("load at the end: " + Machine.load());
    }

    private static void answerLatency(ShopModel shop, UpsellSettings settings, StreamedOrderHistory history) {
        Recommender recommender = new Recommender();
        SplittableRandom random = new SplittableRandom(SEED * 31);
        Cart[] carts = new Cart[CARTS];
        for (int i = 0; i < CARTS; i++) {
            carts[i] = new Cart(null, null, EUR, history.cart(random, 1 + i % 3));
        }
        long sink = 0;
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            Cart cart = carts[i & (CARTS - 1)];
            sink += shop.read(model -> recommender.recommend(model, cart, settings)).size();
        }
        CallTimes[] bySize = {new CallTimes(), new CallTimes(), new CallTimes()};
        long[] recommended = {sink};
        for (int i = 0; i < MEASURED_CALLS; i++) {
            Cart cart = carts[random.nextInt(CARTS)];
            bySize[cart.lines().size() - 1].time(
                    () -> recommended[0] += shop.read(model -> recommender.recommend(model, cart, settings)).size());
        }
        printf("timing an empty call: cpu %s%n", CallTimes.cpuClockCost().cpu.summary());
        for (int size = 1; size <= 3; size++) {
            printf("recommend, %d-item carts: wall %s%n", size, bySize[size - 1].wall.summary());
            printf("recommend, %d-item carts: cpu  %s%n", size, bySize[size - 1].cpu.summary());
        }
        printf("(%,d recommendations)%n", recommended[0]);
    }

    private static void addLatency(ShopModel shop, int skus) {
        CallTimes adds = new CallTimes();
        new StreamedOrderHistory(ADDED_ORDERS, skus, SEED + 1, "live-").forEach(order -> adds.time(() -> shop.add(order)));
        printf("add one more order into both copies: wall %s; %,.0f orders/s%n",
                adds.wall.summary(), ADDED_ORDERS / (adds.wall.totalNanos() / 1e9));
        printf("add one more order into both copies: cpu  %s; %,.0f orders/s%n",
                adds.cpu.summary(), ADDED_ORDERS / (adds.cpu.totalNanos() / 1e9));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / HeapMeter.MIB);
    }

    private static void printf(String format, Object... args) {
        System.out.printf(Locale.ROOT, format, args);
    }
}
