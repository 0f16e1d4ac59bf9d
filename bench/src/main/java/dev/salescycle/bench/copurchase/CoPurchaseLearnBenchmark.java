package dev.salescycle.bench.copurchase;

import dev.salescycle.plugins.copurchase.CoPurchaseUpsell;
import dev.salescycle.testkit.TestPluginContext;
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

/** Time for {@code shopStarted} to learn a whole synthetic shop, streaming its orders. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CoPurchaseLearnBenchmark {

    @Param("1000000")
    int orders;

    @Param("50000")
    int skus;

    private SyntheticOrderHistory history;

    @Setup
    public void generate() {
        history = new SyntheticOrderHistory(SyntheticShop.generate(orders, skus, 42));
    }

    @Benchmark
    public CoPurchaseUpsell learn() {
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        TestPluginContext context = Contexts.of(plugin, history, Map.of());
        plugin.shopStarted(context);
        return plugin;
    }
}
