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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The order stream's lag: starts two hosts on a fresh PostgreSQL database, places orders through host A at a
 * fixed rate and measures, for marker orders, the time from host A's 201 to host B recommending the marker's
 * pair. Prints p50, p95 and the maximum.
 *
 * <p>Arguments (all optional): {@code --server jdbc:postgresql://127.0.0.1:5432/ --user postgres
 * --plugins bench/target/plugins --rate 200 --seconds 30 --marker-every 20}.
 */
public final class StreamLag {

    private StreamLag() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(arg(args, "--rate", "200"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "30"));
        Path work = Files.createTempDirectory("salescycle-lag");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        try (TwoHosts hosts = new TwoHosts(arg(args, "--server", "jdbc:postgresql://127.0.0.1:5432/"),
                arg(args, "--user", "postgres"), Path.of(arg(args, "--plugins", "bench/target/plugins")), work)) {
            MarkerProbe probe = new MarkerProbe(client, hosts.b.baseUri());
            LagOrders orders = new LagOrders(client, hosts.a.baseUri(), probe,
                    Integer.parseInt(arg(args, "--marker-every", "20")));
            Thread probing = new Thread(probe, "lag-probe");
            probing.start();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            long started = System.nanoTime();
            pacer.scheduleAtFixedRate(orders::next, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            pacer.awaitTermination(seconds, TimeUnit.SECONDS);
            pacer.shutdownNow();
            double took = (System.nanoTime() - started) / 1e9;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((orders.placed.get() + orders.failed.get() < orders.sent.get() || probe.pending() > 0)
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            probe.stop();
            probing.join();
            report(orders, probe, took, rate);
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
