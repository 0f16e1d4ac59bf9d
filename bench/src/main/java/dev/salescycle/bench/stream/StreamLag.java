package dev.salescycle.bench.stream;

import dev.salescycle.bench.Machine;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The order stream's lag: starts two hosts on a fresh PostgreSQL database, places orders through host A at a
 * fixed rate and measures, for marker orders, the time from host A's 201 to host B recommending the marker's
 * pair. Prints p50, p95 and the maximum. A warm-up at the same rate comes first (its lags are not counted), so that
 * the figures are those of hosts whose code the JIT has compiled, not of the first seconds after a start.
 *
 * <p>Arguments (all optional): {@code --server jdbc:postgresql://127.0.0.1:5432/ --user postgres
 * --plugins bench/target/plugins --rate 200 --warmup 60 --seconds 30 --marker-every 20}.
 */
public final class StreamLag {

    /** When in the warm-up the planner's statistics are gathered, if the server's autovacuum does not. */
    private static final int STATISTICS_AFTER_SECONDS = 10;

    private StreamLag() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(arg(args, "--rate", "200"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "30"));
        Path work = Files.createTempDirectory("salescycle-lag");
        ExecutorService answers = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(answers).connectTimeout(Duration.ofSeconds(5)).build();
        try (TwoHosts hosts = new TwoHosts(arg(args, "--server", "jdbc:postgresql://127.0.0.1:5432/"),
                arg(args, "--user", "postgres"), Path.of(arg(args, "--plugins", "bench/target/plugins")), work)) {
            MarkerProbe probe = new MarkerProbe(client, hosts.b.baseUri());
            LagOrders orders = new LagOrders(client, hosts.a.baseUri(), probe,
                    Integer.parseInt(arg(args, "--marker-every", "20")));
            Thread probing = new Thread(probe, "lag-probe");
            probing.start();
            int warmup = Integer.parseInt(arg(args, "--warmup", "60"));
            if (warmup > 0) {
                int first = Math.min(STATISTICS_AFTER_SECONDS, warmup);
                pace(orders, rate, first);
                String statistics = hosts.analyzeUnlessAutovacuum() + " " + first + " s into the warm-up";
                pace(orders, rate, warmup - first);
                drain(orders, probe);
                System.out.printf(Locale.ROOT, "warm-up: %d orders in %d s, %d failed; %s; measuring from here%n",
                        orders.sent.get(), warmup, orders.failed.get(), statistics);
                orders.reset();
                probe.reset();
            }
            double took = pace(orders, rate, seconds);
            drain(orders, probe);
            probe.stop();
            probing.join();
            report(orders, probe, took, rate);
        } finally {
            answers.shutdownNow();
        }
    }

    /** Sends orders at the rate for the given seconds; returns the seconds it took. */
    private static double pace(LagOrders orders, int rate, int seconds) throws InterruptedException {
        if (seconds <= 0) {
            return 0;
        }
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        pacer.scheduleAtFixedRate(orders::next, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        pacer.awaitTermination(seconds, TimeUnit.SECONDS);
        pacer.shutdownNow();
        return (System.nanoTime() - started) / 1e9;
    }

    /** Waits, at most a minute, for every order's answer and for host B to show every marker. */
    private static void drain(LagOrders orders, MarkerProbe probe) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((orders.placed.get() + orders.failed.get() < orders.sent.get() || probe.pending() > 0)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static void report(LagOrders orders, MarkerProbe probe, double took, int rate) {
        List<Long> lags = new ArrayList<>(probe.lagsNanos());
        Collections.sort(lags);
        System.out.println("machine: " + Machine.describe() + "; load " + Machine.load());
        System.out.printf(Locale.ROOT, "orders: %d sent in %.1f s (%.0f/s asked, %.0f/s sent), %d placed, %d failed%n",
                orders.sent.get(), took, (double) rate, orders.sent.get() / took, orders.placed.get(), orders.failed.get());
        if (!orders.failures.isEmpty()) {
            System.out.println("failures: " + orders.failures);
        }
        System.out.printf(Locale.ROOT, "lag from A's 201 to B's changed answer, %d markers (%d never seen), polled every %d ms:"
                        + " p50 %s, p95 %s, max %s%n", lags.size(), probe.pending(), MarkerProbe.PERIOD_MILLIS,
                millis(lags, 0.50), millis(lags, 0.95), millis(lags, 1.0));
    }

    private static String millis(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.0f ms", sorted.get(Math.max(0, index)) / 1e6);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
