package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Timeout;

/**
 * A host process killed (destroyForcibly) while 1,000 leads and orders are posted on 16 connections, then
 * restarted on the same H2 data folder: every request answered 2xx is stored, every stored order has all
 * its messages exactly once, retried orders are not placed twice, and the messages that fell due during
 * the outage are sent once.
 */
@Timeout(600)
class CrashSafetyTest {

    static final String TOKEN = "crash-admin-token";
    static final int REQUESTS = 1000;
    static final int KILL_AFTER = 300;

    @TempDir
    Path dir;

    @Test
    void everyAnsweredRequestSurvivesAKillAndNoMessageIsLostOrDuplicated() throws Exception {
        Files.createDirectories(dir.resolve("plugins"));
        Files.copy(Plugins.zip("retention-drip"), dir.resolve("plugins").resolve("retention-drip.zip"));
        Files.writeString(dir.resolve("salescycle.yaml"), TestKeys.config("""
                host:
                  adminToken: %s
                  watchConfig: false
                  retention: { pollInterval: 200ms }
                shops:
                  shop: { currency: EUR, hookBudget: PT5S, requestBudget: PT10S, plugins: [ retention-drip ] }
                """.formatted(TOKEN)));

        Map<Integer, ApiClient.Response> answered = new ConcurrentHashMap<>();
        HostProcess first = HostProcess.start(dir, "first", Duration.ZERO);
        postAllAndKill(first, answered);
        long acknowledged = answered.values().stream().filter(CrashSafetyTest::ok).count();
        assertThat(acknowledged).as("killed mid-way").isBetween((long) KILL_AFTER, (long) REQUESTS - 1);
        LoggerFactory.getLogger(CrashSafetyTest.class).info("Killed the host after {} of {} requests were answered 2xx"
                + " ({} answered otherwise, the rest got no answer)", acknowledged, REQUESTS, answered.size() - acknowledged);

        // Restarted two days later: the welcome messages of the orders placed before the kill are due.
        try (HostProcess second = HostProcess.start(dir, "second", Duration.ofDays(2))) {
            ApiClient api = second.client();
            answered.forEach((i, answer) -> {
                if (ok(answer)) {
                    assertStored(api, i);
                }
            });
            for (int i = 1; i < REQUESTS; i += 2) {
                ApiClient.Response again = postOrder(api, i);
                assertThat(again.status()).as(() -> again.body() + "\nthe restarted host's log ends:\n"
                        + tail(second.log())).isEqualTo(201);
                if (ok(answered.get(i))) {
                    assertThat(again.body()).as("a retry returns the first answer").isEqualTo(answered.get(i).body());
                }
                assertThat(messages(api, i)).as(() -> "order " + again.body()
                        + "\nthe restarted host's log ends:\n" + tail(second.log())).hasSize(3);
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> answered.forEach((i, answer) -> {
                if (i % 2 == 1 && ok(answer)) {
                    JsonNode welcome = messages(api, i).get(0);
                    assertThat(welcome.get("status").asText()).as(() -> "welcome of o-" + i + ": " + welcome
                            + "\nthe restarted host's log ends:\n" + tail(second.log())).isEqualTo("sent");
                    assertThat(welcome.get("attempts")).hasSize(1);
                }
            }));
        }
    }

    private static void postAllAndKill(HostProcess host, Map<Integer, ApiClient.Response> answered) throws Exception {
        ApiClient api = host.client();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int i = 0; i < REQUESTS; i++) {
            int n = i;
            pool.execute(() -> {
                try {
                    ApiClient.Response answer = n % 2 == 0 ? postLead(api, n) : postOrder(api, n);
                    answered.put(n, answer);
                    if (ok(answer)) {
                        enough.countDown();
                    }
                } catch (RuntimeException e) {
                    // The connection died with the process: no answer, so no promise was made.
                }
            });
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).as("requests answered; see " + host.log()).isTrue();
        host.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    /** The last lines of a host's log, for failure messages: the log file goes with the test's folder. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (java.io.IOException e) {
            return "(log not readable: " + e + ")";
        }
    }

    private static void assertStored(ApiClient api, int i) {
        ApiClient.Response export = api.get("/api/v1/shops/shop/customers/" + email(i), Http.bearer(TOKEN));
        assertThat(export.status()).as("request " + i + " was answered 2xx: " + export.body()).isEqualTo(200);
        JsonNode data = FiveStagesTest.json(export);
        if (i % 2 == 0) {
            assertThat(data.get("leads")).hasSize(1);
        } else {
            assertThat(data.get("orders")).hasSize(1);
            assertThat(data.get("orders").get(0).get("orderId").asText()).isEqualTo("o-" + i);
        }
    }

    private static JsonNode messages(ApiClient api, int i) {
        ApiClient.Response export = api.get("/api/v1/shops/shop/customers/" + email(i), Http.bearer(TOKEN));
        assertThat(export.status()).as(() -> "the export failed, which says nothing about the order: "
                + export.body()).isEqualTo(200);
        JsonNode orders = FiveStagesTest.json(export).get("orders");
        assertThat(orders).as(() -> "the export of " + email(i) + " has no order o-" + i + "; the order's own route says "
                + api.get("/api/v1/shops/shop/orders/o-" + i + "/messages", Http.bearer(TOKEN)).body()).hasSize(1);
        return orders.get(0).get("messages");
    }

    private static ApiClient.Response postLead(ApiClient api, int i) {
        return api.post("/api/v1/shops/shop/leads", "{\"email\":\"" + email(i) + "\",\"consent\":{\"marketing\":true}}");
    }

    private static ApiClient.Response postOrder(ApiClient api, int i) {
        return api.post("/api/v1/shops/shop/orders", """
                {"orderId":"o-%d","customerEmail":"%s","customerName":"Buyer %d","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}"""
                .formatted(i, email(i), i), Map.of("Idempotency-Key", "k-" + i));
    }

    private static String email(int i) {
        return (i % 2 == 0 ? "lead-" : "buyer-") + i + "@example.org";
    }

    private static boolean ok(ApiClient.Response answer) {
        return answer != null && answer.status() >= 200 && answer.status() < 300;
    }
}
