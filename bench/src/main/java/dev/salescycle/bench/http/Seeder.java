package dev.salescycle.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Fills the bench shop through the host's own API, as an operator would: products, then past orders. */
final class Seeder {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI shop;

    private final boolean edge;

    Seeder(int port, boolean edge) {
        this.edge = edge;
        this.shop = URI.create("http://127.0.0.1:" + port + "/api/v1/shops/" + BenchShop.ID + "/");
    }

    /**
     * The cart route; with the edge's checks on, its fragment names the {@code Origin} the load tools send (a
     * fragment never goes over the wire, so it carries the header to them).
     */
    URI evaluateUrl() {
        return edge ? URI.create(shop.resolve("cart/evaluate") + "#origin=" + BenchShop.ORIGIN) : shop.resolve("cart/evaluate");
    }

    /** The URL without the fragment, and the {@code Origin} its fragment names, or null. */
    static String[] urlAndOrigin(URI url) {
        String fragment = url.getFragment();
        String plain = url.toString().replaceFirst("#.*$", "");
        return new String[] {plain, fragment != null && fragment.startsWith("origin=") ? fragment.substring(7) : null};
    }

    void seed(BenchShop data) throws IOException, InterruptedException {
        for (byte[] batch : data.productBatches(1_000)) {
            send(HttpRequest.newBuilder(shop.resolve("products")).header("Authorization", "Bearer " + BenchShop.KEY).PUT(HttpRequest.BodyPublishers.ofByteArray(batch))
                    .header("Content-Type", "application/json"), 200);
        }
        String report = send(HttpRequest.newBuilder(shop.resolve("orders/import")).header("Authorization", "Bearer " + BenchShop.KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(data.ordersNdjson()))
                .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(10)), 200);
        if (!report.contains("\"imported\":" + BenchShop.ORDERS)) {
            throw new IllegalStateException("import did not take every order: " + report);
        }
    }

    /** POSTs a cart and returns the answer; any status but 200 is an error. */
    String evaluate(byte[] cart) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(shop.resolve("cart/evaluate"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(cart)).header("Content-Type", "application/json");
        if (edge) {
            request.header("Origin", BenchShop.ORIGIN);
        }
        return send(request, 200);
    }

    /**
     * Waits until the co-purchase model learned the imported orders (it relearns off the request path), then
     * keeps the carts that get recommendations: the full work of the endpoint, and answers of a typical size.
     */
    List<byte[]> cartsWithRecommendations(List<byte[]> candidates, int wanted, Duration patience)
            throws IOException, InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        while (candidates.stream().limit(50).noneMatch(this::recommended)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("no cart got a recommendation in " + patience + "; did the model learn?");
            }
            Thread.sleep(1_000);
        }
        return candidates.stream().filter(this::recommended).limit(wanted).toList();
    }

    private boolean recommended(byte[] cart) {
        try {
            return evaluate(cart).contains("\"plugin\":\"co-purchase-upsell\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IOException(request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
