package dev.salescycle.bench.experiments;

import dev.salescycle.host.experiments.assign.Allocation;
import dev.salescycle.host.experiments.assign.Assigner;
import dev.salescycle.host.experiments.assign.Variant;
import dev.salescycle.host.experiments.assign.Xxh64;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;
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
 * One experiment assignment per operation, over 4,096 distinct unit ids taken in turn: UUIDs (36
 * characters, what storefronts mint for visitors) or short numeric customer ids, with 2 or 5 variants.
 * {@code idOnly} is the cost of taking the next id, the floor; {@code concatenated} hashes the same key
 * built the obvious way (string concatenation and {@code getBytes}), for comparison with the per-thread
 * buffer {@code assign} uses. Run with {@code -prof gc} to see the bytes allocated per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AssignmentBenchmark {

    private static final int IDS = 4096;
    private static final String EXPERIMENT = "checkout-offer";
    private static final String SALT = "2026a";

    @Param({"uuid", "customer"})
    String ids;

    @Param({"2", "5"})
    int variants;

    private Assigner assigner;
    private String[] units;
    private int next;

    @Setup
    public void setUp() {
        Variant[] arms = new Variant[variants];
        for (int i = 0; i < variants; i++) {
            arms[i] = Variant.of("v" + i, 1);
        }
        assigner = new Assigner(EXPERIMENT, SALT, Allocation.of(arms));
        SplittableRandom random = new SplittableRandom(42);
        units = new String[IDS];
        for (int i = 0; i < IDS; i++) {
            units[i] = ids.equals("uuid") ? new UUID(random.nextLong(), random.nextLong()).toString()
                    : Long.toString(random.nextLong(1_000_000, 100_000_000));
        }
    }

    @Benchmark
    public int assign() {
        next = (next + 1) & (IDS - 1);
        return assigner.assign(units[next]);
    }

    @Benchmark
    public long concatenated() {
        next = (next + 1) & (IDS - 1);
        byte[] key = (EXPERIMENT + ':' + SALT + ':' + units[next]).getBytes(StandardCharsets.UTF_8);
        return Xxh64.hash(key, 0, key.length);
    }

    @Benchmark
    public int idOnly() {
        next = (next + 1) & (IDS - 1);
        return units[next].length();
    }
}
