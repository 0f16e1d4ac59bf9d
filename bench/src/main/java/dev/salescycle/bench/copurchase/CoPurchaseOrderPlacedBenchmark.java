package dev.salescycle.bench.copurchase;

import dev.salescycle.plugins.copurchase.CoPurchaseUpsell;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.testkit.TestPluginContext;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one {@code orderRecorded} (the co-purchase plugin learns there) on a learned synthetic shop: the order enters both model copies,
 * with exact neighbour and best-seller lists. The shop keeps growing during the run, as a live shop does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CoPurchaseOrderPlacedBenchmark {

    private static final int NEW_ORDERS = 1 << 16;
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Money TOTAL = Money.of("19.80", "EUR");

    @Param("1000000")
    int orders;

    @Param("50000")
    int skus;

    private CoPurchaseUpsell plugin;
    private TestPluginContext context;
    private List<List<CartLine>> baskets;
    private long placed;

    @Setup
    public void learn() {
        SyntheticShop shop = SyntheticShop.generate(orders, skus, 42);
        plugin = new CoPurchaseUpsell();
        context = Contexts.of(plugin, new SyntheticOrderHistory(shop), Map.of());
        plugin.shopStarted(context);
        baskets = SyntheticShop.generate(NEW_ORDERS, skus, 43).allLines();
    }

    @Benchmark
    public void orderPlaced() {
        long n = placed++;
        List<CartLine> lines = baskets.get((int) (n & (NEW_ORDERS - 1)));
        plugin.orderRecorded(new Order("live-" + n, null, null, EUR, lines, TOTAL, Instant.EPOCH), context);
    }
}
