package dev.salescycle.bench.http;

import dev.salescycle.bench.Machine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP comparison, in one run: the bare servlet (a) against the host's {@code POST /cart/evaluate} (b)
 * with the five bundled plugins on the bench shop, same client, same connections. For each connection count:
 * both at saturation (with the JVM load generator, and with wrk where installed), then both at 25%, 50% and 75%
 * of (a)'s saturation rate (the higher of the two clients'), open loop. With {@code --async-bare}, the bare
 * servlet in async mode too, at saturation: what the servlet async API costs by itself.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.salescycle.bench.http.HttpComparison \
 *     [--seconds 10] [--warmup 3] [--connections 16,64] [--plot docs/bench/latency.png] [--no-wrk] [--async-bare]
 *     [--fractions 0.25,0.5,0.75] [--host-flags "-XX:StartFlightRecording=filename=host.jfr,settings=profile"]</pre>
 */
public final class HttpComparison {

    private HttpComparison() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Commands.intArg(args, "--seconds", 10);
        int warmup = Commands.intArg(args, "--warmup", 3);
        List<Integer> connections = Arrays.stream(option(args, "--connections", "16,64").split(","))
                .map(Integer::parseInt).toList();
        Path work = Path.of(option(args, "--work", "bench/target/http-run"));
        Path plot = Path.of(option(args, "--plot", "docs/bench/latency.png"));
        List<Double> fractions = Arrays.stream(option(args, "--fractions", "0.25,0.5,0.75").split(","))
                .filter(f -> !f.isBlank()).map(Double::parseDouble).toList();
        boolean wrk = !Arrays.asList(args).contains("--no-wrk") && Wrk.installed();
        String loadBefore = Machine.load();
        List<Row> rows = new ArrayList<>();
        List<String> hostFlags = Arrays.stream(option(args, "--host-flags", "").split(" ")).filter(f -> !f.isBlank()).toList();
        boolean asyncBare = Arrays.asList(args).contains("--async-bare");
        try (Testbed bed = Testbed.start(work, Path.of(option(args, "--plugins", "bench/target/plugins")), hostFlags,
                asyncBare)) {
            System.out.printf(Locale.ROOT, "seeded: %d products, %d orders; %d carts; answer %d bytes; host after seeding: %s%n",
                    BenchShop.PRODUCTS, BenchShop.ORDERS, bed.carts(), bed.answerBytes(), bed.host().memory().json());
            for (String server : List.of("bare", "host")) {
                bed.measure(server, "warm-up", connections.get(0), 0, 10, 1);
            }
            for (int c : connections) {
                double ceiling = 0;
                for (String server : bed.servers()) {
                    ceiling = Math.max(ceiling, ceiling(server, report(rows, bed.measure(server, "saturation", c, 0, warmup,
                            seconds))));
                }
                for (String server : wrk ? bed.servers() : List.<String>of()) {
                    ceiling = Math.max(ceiling, ceiling(server, report(rows, bed.measureWrk(server, c, warmup, seconds))));
                }
                for (double f : fractions) {
                    double rate = Math.round(ceiling * f);
                    String load = Math.round(f * 100) + "%";
                    report(rows, bed.measure("bare", load, c, rate, warmup, seconds));
                    report(rows, bed.measure("host", load, c, rate, warmup, seconds));
                }
            }
            System.out.println("host after the run: " + bed.host().memory().json());
        }
        String text = "Machine: " + Machine.describe() + "; load average before " + loadBefore + ", after "
                + Machine.load() + "\n\n" + Report.markdown(rows) + "\n" + Report.targets(rows);
        System.out.println();
        System.out.println(text);
        Files.writeString(work.resolve("http-results.md"), text);
        Files.write(work.resolve("http-rows.txt"), rows.stream().map(Row::line).toList());
        LatencyPlot.write(rows, connections, plot);
        System.out.println("plot: " + plot);
    }

    /** The bare servlet's saturation rate: the ceiling the fixed loads are fractions of (the higher client's). */
    private static double ceiling(String server, Row row) {
        return server.equals("bare") ? row.result().rate() : 0;
    }

    private static Row report(List<Row> rows, Row row) {
        rows.add(row);
        LoadResult r = row.result();
        System.out.printf(Locale.ROOT, "%-5s %-5s c=%-3d %-10s %8.0f req/s  p50 %6.2f  p99 %7.2f  p99.9 %7.2f ms  errors %d  "
                        + "server CPU %.0f us/req  (load %s)%n", row.server(), row.client(), r.connections(), row.load(),
                r.rate(), r.p50(), r.p99(), r.p999(), r.errors(), row.serverCpuMicros(), Machine.load());
        return row;
    }

    private static String option(String[] args, String name, String fallback) {
        String value = Commands.arg(args, name);
        return value == null ? fallback : value;
    }
}
