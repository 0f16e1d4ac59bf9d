package dev.salescycle.bench.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asks host B, every 10 ms, for the recommendations of each marker's first item until the marker's second item
 * shows: the time from the marker order's 201 on host A to then is its lag. The pending markers are asked all at
 * once, so a slow answer does not delay the others' probes.
 */
final class MarkerProbe implements Runnable {

    static final long PERIOD_MILLIS = 10;

    private final HttpClient client;
    private final URI evaluate;
    private final Map<Integer, Long> pending = new ConcurrentHashMap<>();
    private final List<Long> lagsNanos = new ArrayList<>();
    private volatile boolean stopped;

    MarkerProbe(HttpClient client, URI hostB) {
        this.client = client;
        this.evaluate = hostB.resolve("/api/v1/shops/" + TwoHosts.SHOP + "/cart/evaluate");
    }

    /** Starts watching marker {@code n}, whose order host A answered 201 at {@code placedNanos}. */
    void watch(int n, long placedNanos) {
        pending.put(n, placedNanos);
    }

    int pending() {
        return pending.size();
    }

    synchronized List<Long> lagsNanos() {
        return List.copyOf(lagsNanos);
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        while (!stopped) {
            List<java.util.concurrent.CompletableFuture<Void>> probes = new ArrayList<>();
            for (Map.Entry<Integer, Long> marker : pending.entrySet()) {
                probes.add(shows(marker.getKey()).thenAccept(seen -> {
                    if (seen && pending.remove(marker.getKey()) != null) {
                        long lag = System.nanoTime() - marker.getValue();
                        synchronized (this) {
                            lagsNanos.add(lag);
                        }
                    }
                }));
            }
            probes.forEach(java.util.concurrent.CompletableFuture::join);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private java.util.concurrent.CompletableFuture<Boolean> shows(int n) {
        String cart = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"" + LagOrders.markerSku(n, "a")
                + "\",\"quantity\":1,\"unitPrice\":\"1.00\"}]}";
        HttpRequest request = HttpRequest.newBuilder(evaluate).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TwoHosts.KEY).POST(HttpRequest.BodyPublishers.ofString(cart)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(answer -> answer.body().contains("\"" + LagOrders.markerSku(n, "b") + "\""))
                .exceptionally(error -> false);
    }
}
