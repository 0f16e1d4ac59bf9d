package dev.salescycle.bench.copurchase;

import dev.salescycle.plugins.copurchase.CoPurchaseUpsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
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
 * Latency of one {@code recommend} call through the plugin's public hook, on a learned synthetic
 * shop, for carts of 1, 5 and 20 items drawn like real orders (JMH sample mode gives percentiles). The
 * plugin runs with its declared default settings, so {@code rankBy} is the default, {@code confidence}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CoPurchaseRecommendBenchmark {

    private static final int CARTS = 4096;

    @Param({"1", "5", "20"})
    int cartSize;

    @Param("1000000")
    int orders;

    @Param("50000")
    int skus;

    private CoPurchaseUpsell plugin;
    private TestPluginContext context;
    private Cart[] carts;
    private int next;

    @Setup
    public void learn() {
        SyntheticShop shop = SyntheticShop.generate(orders, skus, 42);
        plugin = new CoPurchaseUpsell();
        context = Contexts.of(plugin, new SyntheticOrderHistory(shop), Map.of());
        plugin.shopStarted(context);
        List<List<CartLine>> lines = shop.carts(CARTS, cartSize);
        carts = lines.stream().map(l -> new Cart(null, null, Currency.getInstance("EUR"), l)).toArray(Cart[]::new);
    }

    @Benchmark
    public List<Recommendation> recommend() {
        next = (next + 1) & (CARTS - 1);
        return plugin.recommend(carts[next], context);
    }
}
