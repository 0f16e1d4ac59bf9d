package dev.salescycle.demo.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Timeout;

/** Drives the seeder against a stand-in for the host's HTTP API that records what it receives. */
@Timeout(600)
class SampleSeederTest {

    private static final String SHOPS = """
            [{"id":"demo-coffee","currency":"EUR","plugins":[]},
             {"id":"demo-tea","currency":"USD","plugins":[]},
             {"id":"my-shop","currency":"EUR","plugins":[]}]""";

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> authorization = new ConcurrentHashMap<>();
    private HttpServer server;
    private int importStatus = 200;

    @BeforeEach
    void startFakeHost() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopFakeHost() {
        server.stop(0);
    }

    @Test
    void seedsTheCatalogueAndHistoryOfShopsWithSampleData() throws IOException {
        List<String> report = seeder("secret-token-123").seedAll();

        assertThat(calls).containsExactly("GET /api/v1/shops", "PUT /api/v1/shops/demo-coffee/products",
                "POST /api/v1/shops/demo-coffee/orders/import");
        JsonNode products = json.readTree(bodies.get("PUT /api/v1/shops/demo-coffee/products"));
        assertThat(products).hasSize(15);
        assertThat(products.get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(products.get(0).path("price").asText()).matches("\\d+\\.\\d\\d");
        List<String> lines = bodies.get("POST /api/v1/shops/demo-coffee/orders/import").lines().toList();
        assertThat(lines).hasSize(240);
        assertThat(json.readTree(lines.get(0)).path("orderId").asText()).isEqualTo("demo-coffee-past-0001");
        assertThat(authorization).containsValue("Bearer secret-token-123");
        assertThat(report).containsExactly(
                "demo-coffee: 15 products, 238 past orders imported (2 already there)",
                "demo-tea: sample data is in GBP but the shop sells in USD; not seeded",
                "my-shop: no bundled sample data");
    }

    @Test
    void aFailedCallNamesTheCallAndTheAnswer() {
        importStatus = 413;

        assertThatThrownBy(() -> seeder(null).seedAll())
                .isInstanceOf(DemoApiException.class)
                .hasMessageContaining("POST /api/v1/shops/demo-coffee/orders/import answered 413");
        assertThat(authorization).isEmpty();
    }

    private SampleSeeder seeder(String token) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);
        return new SampleSeeder(new DemoApiClient(json, base, null, token == null ? java.util.Map.of()
                : java.util.Map.of("demo-coffee", token, "demo-tea", token, "my-shop", token)), new SampleShops(json), new PastOrderGenerator(),
                clock);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        calls.add(call);
        bodies.put(call, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            authorization.put(call, auth);
        }
        if (call.endsWith("/orders/import")) {
            respond(exchange, importStatus, "{\"imported\":238,\"skipped\":2,\"errors\":[]}");
        } else if (call.endsWith("/products")) {
            respond(exchange, 200, "{\"upserted\":15}");
        } else {
            respond(exchange, 200, SHOPS);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
