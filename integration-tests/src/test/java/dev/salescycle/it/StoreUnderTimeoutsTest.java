package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that times out again and again cannot close the store: lead capture with a lead-scoring budget of
 * 1 ms (set through the admin API; the plugin reads and writes its state in the store on every call) flooded for
 * 30 seconds by 8 clients answers no 5xx and never leaves a client without an answer, and afterwards the store is
 * up, {@code /health} says so, and leads and orders are still taken.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StoreUnderTimeoutsTest {

    private static final String TOKEN = "store-timeouts-admin-token";
    private static final long FLOOD_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int CLIENTS = 8;

    @TempDir
    Path dir;

    @Test
    void leadsFloodedWithAOneMillisecondScoringBudgetGetNo5xxAndTheStoreStaysOpen() throws Exception {
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  adminToken: %s
                shops:
                  s:
                    currency: EUR
                    plugins: [ lead-scoring ]
                """.formatted(TOKEN))).plugin(Plugins.zip("lead-scoring")).start()) {
            ApiClient api = TestKeys.client(host);
            ApiClient admin = host.client().withHeaders(Http.bearer(TOKEN));
            ApiClient.Response budget = admin.put("/admin/shops/s/plugins/lead-scoring", "{\"budget\":\"1ms\"}");
            assertThat(budget.status()).as(budget.body()).isEqualTo(200);

            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            AtomicInteger sent = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long end = System.nanoTime() + FLOOD_NANOS;
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() - end < 0 && problems.size() < 5) {
                        int n = sent.incrementAndGet();
                        try {
                            ApiClient.Response r = api.post("/api/v1/shops/s/leads",
                                    "{\"email\":\"flood-" + n + "@example.org\",\"name\":\"Flood " + n + "\",\"interests\":[\"tea\"]}");
                            statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                            if (r.status() >= 500) {
                                problems.add(r.status() + " " + r.body());
                            }
                        } catch (RuntimeException e) {
                            problems.add("no answer: " + e);
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();

            assertThat(problems).as("answers %s", statuses).isEmpty();
            assertThat(statuses.keySet()).as("answers %s", statuses).containsOnly(201);
            JsonNode shops = FiveStagesTest.json(admin.get("/admin/shops"));
            JsonNode scoring = shops.get(0).get("hooks").get(0);
            assertThat(scoring.get("timeouts").asLong()).as("calls timed out: %s", scoring).isPositive();

            assertThat(host.host().runtime().store().isHealthy()).isTrue();
            ApiClient.Response health = host.client().get("/health");
            assertThat(health.status()).as(health.body()).isEqualTo(200);
            assertThat(FiveStagesTest.json(health).get("store").asText()).isEqualTo("UP");
            assertThat(api.post("/api/v1/shops/s/leads", "{\"email\":\"after@example.org\"}").status()).isEqualTo(201);
            ApiClient.Response order = api.post("/api/v1/shops/s/orders", """
                    {"orderId":"after-1","customerEmail":"after@example.org","currency":"EUR",
                     "lines":[{"sku":"tea","quantity":1,"unitPrice":"4.50"}],"total":"4.50"}""");
            assertThat(order.status()).as(order.body()).isEqualTo(201);
        }
    }
}
