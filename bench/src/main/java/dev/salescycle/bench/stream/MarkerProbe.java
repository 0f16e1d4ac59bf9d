package dev.salescycle.bench.stream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Asks host B, every 10 ms, for the recommendations of the oldest pending marker's first item until the marker's
 * second item shows: the time from the marker order's 201 on host A to then is its lag. Only the oldest is asked,
 * because B learns the orders in the order they were stored, and one request at a time keeps the probe from being
 * the load it measures; when a marker shows, the next one is asked at once, so a marker that B learned while an
 * older one was asked is measured a little late, never early.
 */
final class MarkerProbe implements Runnable {

    static final long PERIOD_MILLIS = 10;

    private final HttpClient client;
    private final URI evaluate;
    private final ConcurrentSkipListMap<Integer, Long> pending = new ConcurrentSkipListMap<>();
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

    /** Forgets the lags measured so far. */
    synchronized void reset() {
        lagsNanos.clear();
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        while (!stopped) {
            Map.Entry<Integer, Long> oldest = pending.firstEntry();
            if (oldest != null && shows(oldest.getKey())) {
                long lag = System.nanoTime() - oldest.getValue();
                pending.remove(oldest.getKey());
                synchronized (this) {
                    lagsNanos.add(lag);
                }
                continue;
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean shows(int n) {
        String cart = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"" + LagOrders.markerSku(n, "a")
                + "\",\"quantity\":1,\"unitPrice\":\"1.00\"}]}";
        HttpRequest request = HttpRequest.newBuilder(evaluate).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TwoHosts.KEY).POST(HttpRequest.BodyPublishers.ofString(cart)).build();
        try {
            String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return body.contains("\"" + LagOrders.markerSku(n, "b") + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            return false;
        }
    }
}
