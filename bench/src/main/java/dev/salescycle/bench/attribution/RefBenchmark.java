package dev.salescycle.bench.attribution;

import dev.salescycle.host.attribution.RefCodec;
import dev.salescycle.host.attribution.RefReading;
import dev.salescycle.host.dispatch.HookKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Attribution references: signing one (what a cart answer pays per offer and recommendation), reading one back
 * (what a cart line or an order pays per reference sent), and the references of a typical cart answer of the
 * demo shop, 2 offers and 4 recommendations ({@code cartAnswer}). Ids as the demo's: shop {@code demo},
 * plugin {@code co-purchase-upsell}, a sku, a 36-character visitor id. Run with {@code -prof gc} for bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RefBenchmark {

    static final String SHOP = "demo";
    static final String VISITOR = "3f2b8c1e-9a4d-4e7b-8f21-5c6d7e8f9a0b";
    static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    private RefCodec codec;
    private String ref;

    @Setup
    public void setUp() {
        codec = codec();
        ref = codec.sign(SHOP, HookKind.UPSELL, "co-purchase-upsell", "paper-filters", VISITOR, AT);
    }

    static RefCodec codec() {
        return new RefCodec("a host secret of at least 32 bytes, for the bench".getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public String sign() {
        return codec.sign(SHOP, HookKind.UPSELL, "co-purchase-upsell", "paper-filters", VISITOR, AT);
    }

    @Benchmark
    public RefReading read() {
        return codec.read(ref, SHOP, VISITOR);
    }

    @Benchmark
    public int cartAnswer() {
        return cartAnswer(codec);
    }

    /** The references of one cart answer: 2 offers, 4 recommendations; the sum of their lengths. */
    static int cartAnswer(RefCodec codec) {
        int length = codec.sign(SHOP, HookKind.CONVERSION_OFFER, "conversion-offers", "free-shipping-nudge", VISITOR,
                AT).length();
        length += codec.sign(SHOP, HookKind.CONVERSION_OFFER, "conversion-offers", "first-order-10", VISITOR, AT).length();
        length += codec.sign(SHOP, HookKind.UPSELL, "co-purchase-upsell", "paper-filters", VISITOR, AT).length();
        length += codec.sign(SHOP, HookKind.UPSELL, "co-purchase-upsell", "hand-grinder", VISITOR, AT).length();
        length += codec.sign(SHOP, HookKind.UPSELL, "co-purchase-upsell", "ceramic-mug", VISITOR, AT).length();
        length += codec.sign(SHOP, HookKind.UPSELL, "co-purchase-upsell", "milk-jug", VISITOR, AT).length();
        return length;
    }
}
