package dev.salescycle.bench.dispatch;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.HookCall;
import dev.salescycle.host.dispatch.StepSink;
import dev.salescycle.host.dispatch.Verdict;
import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;

/**
 * The cost of calling every enabled conversion-offer hook of a shop once, with n no-op plugins loaded
 * from real jars: directly through the interface (the floor); through the host's {@code CartService}, as
 * {@code POST /cart/evaluate} does after parsing (bound hooks, time budget, class loader switch, the cart's
 * sink, the answer's record); through the {@link Dispatcher} alone with a sink that keeps nothing (what the
 * time budget and the bookkeeping cost without the cart's merge); and the naive PF4J way
 * ({@code getExtensions(type)} on every call).
 *
 * <pre>java -jar bench/target/benchmarks.jar DispatchBenchmark -prof gc</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DispatchBenchmark {

    @Param({"1", "5"})
    public int plugins;

    private NoopShop shop;
    private List<ConversionOffer> direct;
    private PluginContext context;
    private PluginManager naive;
    private Cart cart;
    private Dispatcher dispatcher;
    private HookCall call;
    private final Duration budget = Duration.ofMillis(300);
    private java.util.concurrent.ExecutorService handOff;

    /** Takes every answer and keeps none of it. */
    private static final StepSink DISCARD = new StepSink() {
        @Override
        public Verdict returned(BoundHook hook, Object result) {
            return Verdict.OK;
        }

        @Override
        public void failed(BoundHook hook, String reason) {
        }
    };

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        shop = NoopShop.open(plugins);
        direct = shop.direct();
        context = shop.hooks().get(0).context();
        naive = new DefaultPluginManager(NoopShop.writeJars(plugins));
        naive.setSystemVersion("1.0.0");
        naive.loadPlugins();
        naive.startPlugins();
        if (naive.getExtensions(ConversionOffer.class).size() != plugins) {
            throw new IllegalStateException("PF4J found " + naive.getExtensions(ConversionOffer.class).size() + " hooks");
        }
        cart = cart();
        dispatcher = new Dispatcher();
        handOff = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hand-off");
            t.setDaemon(true);
            return t;
        });
        Cart c = cart;
        call = bound -> ((ConversionOffer) bound.hook()).offers(c, bound.context());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        dispatcher.close();
        handOff.shutdownNow();
        shop.close();
        // PF4J's stopPlugins() fails with a ConcurrentModificationException once a plugin started.
        for (var plugin : new ArrayList<>(naive.getStartedPlugins())) {
            naive.stopPlugin(plugin.getPluginId());
        }
    }

    @Benchmark
    public void direct(Blackhole bh) {
        for (ConversionOffer hook : direct) {
            bh.consume(hook.offers(cart, context));
        }
    }

    @Benchmark
    public Object dispatcher() {
        return shop.carts().evaluate(NoopShop.SHOP, cart, null).start().getNow(null);
    }

    @Benchmark
    public Object dispatcherOnly() {
        return dispatcher.prepare(shop.hooks(), call, DISCARD, budget).start().getNow(null);
    }

    /**
     * The threading model the host does not use: each call handed to a pool thread and awaited within its
     * budget, as a plain {@code Future.get(timeout)} design would. Measures what inline calls save.
     */
    @Benchmark
    public void handOffPerCall(Blackhole bh) throws Exception {
        for (ConversionOffer hook : direct) {
            bh.consume(handOff.submit(() -> hook.offers(cart, context)).get(50, TimeUnit.MILLISECONDS));
        }
    }

    @Benchmark
    public void naivePf4j(Blackhole bh) {
        for (ConversionOffer hook : naive.getExtensions(ConversionOffer.class)) {
            bh.consume(hook.offers(cart, context));
        }
    }

    private static Cart cart() {
        List<CartLine> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add(new CartLine("SKU-0000" + i, null, 1, Money.of("9.90", "EUR")));
        }
        return new Cart("cart-1", null, Currency.getInstance("EUR"), lines);
    }
}
