package dev.salescycle.bench.memory;

import dev.salescycle.bench.Machine;
import dev.salescycle.bench.http.LoadGenerator;
import dev.salescycle.bench.http.LoadResult;
import dev.salescycle.bench.http.LoadSpec;
import dev.salescycle.bench.http.SeededHost;
import dev.salescycle.bench.http.ServerProcess;
import dev.salescycle.bench.http.Testbed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Memory under load: the host's live heap, metaspace, loaded classes and threads (each after a full
 * collection) once it started and learned the bench shop, then after every interval of
 * {@code POST /cart/evaluate} at a fixed rate; and the trend of the live heap over the loaded samples.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.salescycle.bench.memory.MemoryRun [--minutes 10] [--rate 2000]
 *     [--every 30]</pre>
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(option(args, "--minutes", "10"));
        int rate = Integer.parseInt(option(args, "--rate", "2000"));
        int every = Integer.parseInt(option(args, "--every", "30"));
        Path work = Path.of("bench/target/memory-run");
        Testbed.deleteTree(work);
        String loadBefore = Machine.load();
        SeededHost host = SeededHost.start(System.getProperty("java.class.path"), work, "host",
                Path.of("bench/target/plugins"), List.of());
        List<MemorySample> samples = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        try (ServerProcess client = ServerProcess.start(Testbed.CLIENT_FLAGS, LoadGenerator.class, List.of(),
                work.resolve("client.log"))) {
            Path carts = host.writeCarts(work.resolve("carts.ndjson"));
            samples.add(print(0, host.process().memory(), null));
            at.add(0.0);
            int chunks = (int) Math.ceil(minutes * 60 / every);
            for (int i = 1; i <= chunks; i++) {
                LoadSpec spec = new LoadSpec(host.evaluateUrl(), carts, 16, rate, 0, every);
                LoadResult result = LoadResult.parse(client.ask(spec.line(), "result "));
                samples.add(print(i * every, host.process().memory(), result));
                at.add(i * every / 60.0);
            }
        } finally {
            host.process().close();
        }
        System.out.printf(Locale.ROOT, "%nMachine: %s; load average before %s, after %s%n", Machine.describe(), loadBefore,
                Machine.load());
        System.out.println(Trend.describe(at, samples));
    }

    private static MemorySample print(int seconds, MemorySample sample, LoadResult load) {
        System.out.printf(Locale.ROOT, "%5d s  heap %6.1f MiB  metaspace %5.1f MiB  classes %5d  threads %3d%s%n", seconds,
                sample.heapBytes() / 1048576.0, sample.metaspaceBytes() / 1048576.0, sample.classes(), sample.threads(),
                load == null ? "  (after start and seeding)" : String.format(Locale.ROOT,
                        "  (%.0f req/s, %d errors, p99 %.2f ms)", load.rate(), load.errors(), load.p99()));
        return sample;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
