package dev.salescycle.samples.storefront;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** Places orders on the Salescycle host as the shop's server: {@code POST /api/v1/shops/{shop}/orders} with its key. */
final class HostOrders {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Supplier<URI> host;
    private final String shop;
    private final String apiKey;

    HostOrders(Supplier<URI> host, String shop, String apiKey) {
        this.host = host;
        this.shop = shop;
        this.apiKey = apiKey;
    }

    /**
     * Sends the order once, and once more if the connection broke: the order id is its idempotency key, so the
     * host places it once however often it arrives.
     *
     * @throws IOException when the host cannot be reached
     */
    HttpResponse<String> place(String orderId, String orderJson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(host.get().resolve("api/v1/shops/" + shop + "/orders"))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + apiKey)
                .header("Idempotency-Key", orderId)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(orderJson))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
