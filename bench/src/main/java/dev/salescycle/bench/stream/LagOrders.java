package dev.salescycle.bench.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Places orders through host A without waiting for the answers: two or three of 200 items each, and every
 * {@code markerEvery}-th order a marker: a pair of items no other order has, which the probe looks for on host B.
 */
final class LagOrders {

    private static final int ITEMS = 200;

    private final HttpClient client;
    private final URI orders;
    private final MarkerProbe probe;
    private final int markerEvery;
    private final SplittableRandom random = new SplittableRandom(14);
    private final AtomicInteger numbers = new AtomicInteger();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger placed = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    /** Why orders failed: an HTTP status or an exception's class, with how often. */
    final java.util.Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();

    LagOrders(HttpClient client, URI hostA, MarkerProbe probe, int markerEvery) {
        this.client = client;
        this.orders = hostA.resolve("/api/v1/shops/" + TwoHosts.SHOP + "/orders");
        this.probe = probe;
        this.markerEvery = markerEvery;
    }

    static String markerSku(int n, String side) {
        return "marker-" + n + "-" + side;
    }

    /** Sends the next order; called from one scheduler thread. */
    void next() {
        int n = numbers.incrementAndGet();
        sent.incrementAndGet();
        boolean marker = n % markerEvery == 0;
        String lines = marker ? line(markerSku(n, "a")) + "," + line(markerSku(n, "b")) : randomLines();
        int count = lines.split("\\{").length - 1;
        String body = "{\"orderId\":\"o-" + n + "\",\"customerEmail\":\"c" + (n % 500) + "@example.org\",\"currency\":\"EUR\","
                + "\"lines\":[" + lines + "],\"total\":\"" + count + ".00\"}";
        HttpRequest request = HttpRequest.newBuilder(orders).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TwoHosts.KEY).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
            if (error == null && answer.statusCode() == 201) {
                placed.incrementAndGet();
                if (marker) {
                    probe.watch(n, System.nanoTime());
                }
            } else {
                failed.incrementAndGet();
                failures.merge(error != null ? error.getClass().getSimpleName() : "HTTP " + answer.statusCode(), 1, Integer::sum);
            }
        });
    }

    /** Starts the counts again (order numbers go on); call when no order is in flight. */
    void reset() {
        sent.set(0);
        placed.set(0);
        failed.set(0);
        failures.clear();
    }

    private String randomLines() {
        int first = random.nextInt(ITEMS);
        int second = (first + 1 + random.nextInt(ITEMS - 1)) % ITEMS;
        String lines = line("item-" + first) + "," + line("item-" + second);
        int third = random.nextInt(ITEMS);
        return random.nextBoolean() && third != first && third != second ? lines + "," + line("item-" + third) : lines;
    }

    private static String line(String sku) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPrice\":\"1.00\"}";
    }
}
