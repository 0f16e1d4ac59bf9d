package dev.salescycle.it.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.it.Plugins;
import dev.salescycle.it.TestHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real host with two shops, a and b, each with its own API key and allowed origin, as the internet meets it:
 * rate limits on, a trusted proxy (127.0.0.1) so that each test speaks as clients of its own through
 * {@code X-Forwarded-For}, short limits for slow clients.
 */
final class AbuseHost implements AutoCloseable {

    static final String ADMIN = "abuse-admin-token-000000";
    static final String KEY_A = "shop-a-server-key-00000000000";
    static final String KEY_B = "shop-b-server-key-00000000000";
    static final String ORIGIN_A = "https://a.example";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** An answer with all its headers. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String error() {
            return json().path("error").path("code").asText();
        }
    }

    private final TestHost host;

    private AbuseHost(TestHost host) {
        this.host = host;
    }

    static AbuseHost start(Path dir) {
        return new AbuseHost(TestHost.builder(dir).config("""
                host:
                  adminToken: %s
                  trustedProxies: [ "127.0.0.1" ]
                  maxBodyBytes: 4096
                  hookBudget: 2000ms
                  requestBudget: 5000ms
                  rateLimits:
                    leads: { perClient: 5/1m, perShop: 10000/1m }
                    browser: { perClient: 10000/1m, perShop: 100000/1m }
                  http: { headerTimeout: 1000ms, minRequestDataRate: 200 }
                shops:
                  a:
                    currency: EUR
                    apiKeys: [ "%s" ]
                    allowedOrigins: [ "%s" ]
                    plugins: [ lead-scoring, thank-you-referral, retention-drip ]
                  b:
                    currency: EUR
                    apiKeys: [ "%s" ]
                    allowedOrigins: [ "https://b.example" ]
                    rateLimits: { leads: { perShop: 3/1m } }
                    plugins: [ thank-you-referral ]
                """.formatted(ADMIN, KEY_A, ORIGIN_A, KEY_B)).plugin(Plugins.zip("lead-scoring"))
                .plugin(Plugins.zip("thank-you-referral")).plugin(Plugins.zip("retention-drip")).start());
    }

    /** A client address of its own for the caller, so that its buckets and backoff are its own. */
    static Map<String, String> client() {
        int n = CLIENTS.incrementAndGet();
        return Map.of("X-Forwarded-For", "10.1." + (n / 250) + "." + (n % 250 + 1));
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @SafeVarargs
    static Map<String, String> headers(Map<String, String>... parts) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map<String, String> part : parts) {
            all.putAll(part);
        }
        return all;
    }

    URI base() {
        return host.host().baseUri();
    }

    int port() {
        return host.host().port();
    }

    TestHost host() {
        return host;
    }

    Answer get(String path, Map<String, String> headers) {
        return send("GET", path, headers, null);
    }

    Answer post(String path, Map<String, String> headers, String json) {
        return send("POST", path, headers(Map.of("Content-Type", "application/json"), headers), json);
    }

    /**
     * Sends once more on an {@link IOException}: the JDK 17 client sometimes hands a pooled connection it has already
     * closed to the next request ("header parser received no bytes"). Every call of this suite may be repeated:
     * refused calls change nothing, and its orders and leads are idempotent by order id and address.
     */
    Answer send(String method, String path, Map<String, String> headers, String body) {
        try {
            return sendOnce(method, path, headers, body);
        } catch (UncheckedIOException first) {
            return sendOnce(method, path, headers, body);
        }
    }

    private Answer sendOnce(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.headers().map(), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Places an order as shop's server and returns its thank-you token. */
    String placeOrder(String shop, String key, String orderId, String email, String name) {
        Answer placed = post("api/v1/shops/" + shop + "/orders", headers(bearer(key), client()), """
                {"orderId":"%s","customerEmail":"%s","customerName":"%s","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}""".formatted(orderId, email, name));
        if (placed.status() != 201) {
            throw new AssertionError("order not placed: " + placed.status() + " " + placed.body());
        }
        return placed.json().path("thankYouToken").asText();
    }

    @Override
    public void close() {
        host.close();
    }
}
