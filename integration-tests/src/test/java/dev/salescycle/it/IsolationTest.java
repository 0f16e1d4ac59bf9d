package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import dev.salescycle.testkit.TestHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins that throw, hang (2 s, ignoring interrupts) or answer null cost only their own contribution:
 * every request succeeds with the healthy plugins' results, long before the hanging plugin returns.
 */
class IsolationTest {

    /** The hanging plugin sleeps 2,000 ms; an answer within this bound proves the host did not wait for it. */
    static final long BOUND_MILLIS = 1_000;

    static final String CONFIG = """
            host:
              port: 0
              hookBudget: 50ms
              breaker: { window: 1000, minCalls: 1000 }
            shops:
              faulty:
                currency: EUR
                plugins:
                  - fault-throws
                  - fault-hangs
                  - fault-null
                  - lead-scoring
                  - conversion-offers
                  - thank-you-referral
            """;

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).config(CONFIG)
                .plugin(Plugins.zip("fault-throws")).plugin(Plugins.zip("fault-hangs")).plugin(Plugins.zip("fault-null"))
                .plugin(Plugins.zip("lead-scoring")).plugin(Plugins.zip("conversion-offers"))
                .plugin(Plugins.zip("thank-you-referral")).start();
        api = host.client();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void cartAnswersWithTheHealthyPluginsOffersOnly() {
        long started = System.nanoTime();
        ApiClient.Response r = api.post("/api/v1/shops/faulty/cart/evaluate", """
                {"currency":"EUR","lines":[{"sku":"a","quantity":1,"unitPrice":"10.00"}]}""");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode answer = FiveStagesTest.json(r);
        assertThat(answer.get("offers")).isNotEmpty();
        assertThat(answer.get("offers").findValuesAsText("plugin")).containsOnly("conversion-offers");
        assertThat(answer.get("recommendations")).isEmpty();
        List<String> skipped = new ArrayList<>();
        answer.get("skipped").forEach(s -> skipped.add(s.get("plugin").asText() + " " + s.get("hook").asText()
                + " " + s.get("reason").asText()));
        assertThat(skipped).anyMatch(s -> s.startsWith("fault-throws conversion-offer error"))
                .anyMatch(s -> s.startsWith("fault-throws upsell error"))
                .anyMatch(s -> s.startsWith("fault-null conversion-offer bad answer"))
                .anyMatch(s -> s.startsWith("fault-hangs conversion-offer"));
        assertThat(millis).isLessThan(BOUND_MILLIS);
    }

    @Test
    void leadChainSkipsTheFaultyLinksAndKeepsTheScorersWork() {
        long started = System.nanoTime();
        ApiClient.Response r = api.post("/api/v1/shops/faulty/leads", """
                {"email":"dee@example.org","source":"referral","consent":{"marketing":true}}""");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode lead = FiveStagesTest.json(r);
        assertThat(lead.get("score").asInt()).isPositive().isLessThan(1000);
        assertThat(lead.get("skipped").findValuesAsText("plugin")).contains("fault-throws", "fault-hangs", "fault-null");
        assertThat(millis).isLessThan(BOUND_MILLIS);
    }

    @Test
    void orderIsPlacedWithTheReferralBlocksOnly() {
        ApiClient.Response r = api.post("/api/v1/shops/faulty/orders", """
                {"orderId":"f-1","customerEmail":"eve@example.org","currency":"EUR",
                 "lines":[{"sku":"a","quantity":1,"unitPrice":"10.00"}],"total":"10.00"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode blocks = FiveStagesTest.json(r).get("thankYou").get("blocks");
        assertThat(blocks).isNotEmpty();
        assertThat(blocks.findValuesAsText("plugin")).containsOnly("thank-you-referral");
        assertThat(host.host().runtime().store().thankYouJson("faulty", "f-1")).isPresent();
    }

    @Test
    void concurrentRequestsAllSucceedWhileAPluginHangs() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> api.post("/api/v1/shops/faulty/cart/evaluate", """
                        {"currency":"EUR","lines":[{"sku":"a","quantity":1,"unitPrice":"60.00"}]}""")));
            }
            for (Future<ApiClient.Response> answer : answers) {
                ApiClient.Response r = answer.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(FiveStagesTest.json(r).get("offers").findValuesAsText("plugin")).contains("conversion-offers");
            }
        } finally {
            pool.shutdownNow();
        }
        var stats = host.host().runtime().shops().require("faulty").hooks(dev.salescycle.host.dispatch.HookKind.CONVERSION_OFFER)
                .stream().filter(h -> h.pluginId().equals("fault-hangs")).findFirst().orElseThrow().stats();
        assertThat(stats.timeouts() + stats.skips()).isGreaterThanOrEqualTo(64);
    }
}
