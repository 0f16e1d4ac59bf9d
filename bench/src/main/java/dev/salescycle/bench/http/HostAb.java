package dev.salescycle.bench.http;

import dev.salescycle.bench.Machine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Before and after a change: two builds of the host side by side on the same machine at the same time, each
 * seeded with the bench shop, measured in alternating rounds at a fixed rate and at saturation, so that what
 * other processes do to the machine falls on both alike. Reports the median of the rounds.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.salescycle.bench.http.HostAb --before OLD/benchmarks.jar \
 *     [--before-plugins OLD/plugins] [--after bench/target/benchmarks.jar] [--plugins bench/target/plugins]
 *     [--rate 2000] [--rounds 3] [--seconds 10]</pre>
 * With {@code --edge-ab} instead of {@code --before}, one build is compared with itself: the browser routes'
 * rate limits and CORS allowlist off ("before", no {@code Origin} sent) and on ("after", every cart from an
 * allowed origin, every request taking its tokens); the security headers are written in both. With
 * {@code --experiment-ab}, one build is compared with itself without ("before") and with ("after") an experiment
 * on the shop's conversion offers; both get the same carts, each sent by 200 visitors in turn.
 */
public final class HostAb {

    private HostAb() {
    }

    public static void main(String[] args) throws Exception {
        String after = option(args, "--after", System.getProperty("java.class.path"));
        boolean edge = java.util.Arrays.asList(args).contains("--edge-ab");
        boolean experiment = java.util.Arrays.asList(args).contains("--experiment-ab");
        String before = edge || experiment ? after : Commands.arg(args, "--before");
        int rate = Commands.intArg(args, "--rate", 2000);
        int rounds = Commands.intArg(args, "--rounds", 3);
        int seconds = Commands.intArg(args, "--seconds", 10);
        Path work = Path.of(option(args, "--work", "bench/target/host-ab"));
        Path plugins = Path.of(option(args, "--plugins", "bench/target/plugins"));
        Path beforePlugins = Path.of(option(args, "--before-plugins", plugins.toString()));
        boolean wrk = Wrk.installed();
        String loadBefore = Machine.load();
        SeededHost a = SeededHost.start(before, work, "before", beforePlugins, List.of(), false);
        SeededHost b = SeededHost.start(after, work, "after", plugins, List.of(), edge, experiment);
        List<Row> rows = new ArrayList<>();
        try (ServerProcess client = ServerProcess.start(Testbed.CLIENT_FLAGS, LoadGenerator.class, List.of(),
                work.resolve("client.log"))) {
            Meter meter = new Meter(client, experiment ? a.writeCarts(work.resolve("carts.ndjson"), 200)
                    : a.writeCarts(work.resolve("carts.ndjson")));
            for (SeededHost host : List.of(a, b)) {
                meter.jetty("warm-up", host.process(), host.evaluateUrl(), "saturation", 16, 0, 10, 1);
            }
            for (int round = 0; round < rounds; round++) {
                List<SeededHost> order = round % 2 == 0 ? List.of(a, b) : List.of(b, a);
                for (SeededHost host : order) {
                    String name = host == a ? "before" : "after";
                    rows.add(print(meter.jetty(name, host.process(), host.evaluateUrl(), rate + "/s", 16, rate, 2, seconds)));
                    rows.add(print(wrk ? meter.wrk(name, host.process(), host.evaluateUrl(), 64, 2, seconds)
                            : meter.jetty(name, host.process(), host.evaluateUrl(), "saturation", 64, 0, 2, seconds)));
                }
            }
        } finally {
            a.process().close();
            b.process().close();
        }
        System.out.printf(Locale.ROOT, "%nMachine: %s; load average before %s, after %s%n%n", Machine.describe(), loadBefore,
                Machine.load());
        System.out.println("| build | server CPU µs/req at " + rate + "/s, 16 conn. | p50 ms | p99 ms | saturation req/s, 64 conn. "
                + "| server CPU µs/req at saturation |\n|---|---|---|---|---|---|");
        for (String name : List.of("before", "after")) {
            List<Row> fixed = rows.stream().filter(r -> r.server().equals(name) && !r.saturation()).toList();
            List<Row> saturated = rows.stream().filter(r -> r.server().equals(name) && r.saturation()).toList();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.0f | %.1f |%n", name,
                    median(fixed, Row::serverCpuMicros), median(fixed, r -> r.result().p50()),
                    median(fixed, r -> r.result().p99()), median(saturated, r -> r.result().rate()),
                    median(saturated, Row::serverCpuMicros));
        }
    }

    private static Row print(Row row) {
        LoadResult r = row.result();
        System.out.printf(Locale.ROOT, "%-6s %-5s %-10s %8.0f req/s  p50 %6.2f  p99 %7.2f ms  errors %d  server CPU %.1f us/req"
                        + "  (load %s)%n", row.server(), row.client(), row.load(), r.rate(), r.p50(), r.p99(), r.errors(),
                row.serverCpuMicros(), Machine.load());
        return row;
    }

    private static double median(List<Row> rows, ToDoubleFunction<Row> value) {
        List<Double> sorted = rows.stream().map(value::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static String option(String[] args, String name, String fallback) {
        String value = Commands.arg(args, name);
        return value == null ? fallback : value;
    }
}
