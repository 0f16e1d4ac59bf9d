package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.store.MessageRecord;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * Plugins that throw, hang (2 s, ignoring interrupts) or answer null cost only their own contribution, in
 * every stage: each request succeeds with the healthy plugins' results within its time budget plus a margin.
 */
@Timeout(600)
class IsolationTest {

    static final long HOOK_BUDGET_MILLIS = 50;

    /**
     * The healthy plugins' own budget, as an operator gives plugins it trusts: on a machine busy with another build
     * a healthy call can take longer than the faulty plugins' 50 ms, and its work is what the tests look for.
     */
    static final long HEALTHY_BUDGET_MILLIS = 250;

    /** All hook calls of one request together (the default, written out). */
    static final long REQUEST_BUDGET_MILLIS = 300;

    /**
     * What a request may take beyond the budget its hanging calls spend: HTTP, JSON, the store's writes, the
     * healthy plugins' work. Over 8 runs on a 2-core machine shared with other builds it took 11 to 52 ms, but at
     * load averages near 30 it took up to 164 ms more than the stalls measured; time this JVM could not run at all
     * (other processes, GC pauses) is measured and added on top. The bound only has to tell a host that let the
     * hanging calls go at their budget from one that waited for them: they hang for 2 s.
     */
    static final long MARGIN_MILLIS = 700;

    /**
     * One faulty shop per test: a plugin's calls stuck past their budget keep it out of its shop until they return
     * (2 s here), and each test is to see the hanging plugin time out, not skipped.
     */
    static final String FAULTY_SHOP = """
              %s:
                currency: EUR
                plugins:
                  - fault-throws
                  - fault-hangs
                  - fault-null
                  - { id: lead-scoring, budget: HEALTHYms }
                  - { id: conversion-offers, budget: HEALTHYms }
                  - { id: thank-you-referral, budget: HEALTHYms }
                  - { id: retention-drip, budget: HEALTHYms }
            """.replace("HEALTHY", Long.toString(HEALTHY_BUDGET_MILLIS));

    static final String CONFIG = """
            host:
              port: 0
              hookBudget: %dms
              requestBudget: %dms
              breaker: { window: 1000, minCalls: 1000 }
            shops:
              healthy:
                currency: EUR
                plugins: [ lead-scoring, conversion-offers, thank-you-referral, retention-drip ]
            """.formatted(HOOK_BUDGET_MILLIS, REQUEST_BUDGET_MILLIS)
            + FAULTY_SHOP.formatted("cart") + FAULTY_SHOP.formatted("lead") + FAULTY_SHOP.formatted("order")
            + FAULTY_SHOP.formatted("load");

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;
    static StallMeter stalls;

    @BeforeAll
    static void start() {
        stalls = new StallMeter();
        host = TestHost.builder(dir).config(TestKeys.config(CONFIG))
                .plugin(Plugins.zip("fault-throws")).plugin(Plugins.zip("fault-hangs")).plugin(Plugins.zip("fault-null"))
                .plugin(Plugins.zip("lead-scoring")).plugin(Plugins.zip("conversion-offers"))
                .plugin(Plugins.zip("thank-you-referral")).plugin(Plugins.zip("retention-drip")).start();
        api = TestKeys.client(host);
        warmUp();
    }

    /**
     * Drives each path once before the timed requests. The JVM's first pass through a path loads classes for
     * several hundred milliseconds, and a hook's first call gets a grace on top of its budget while a healthy
     * hook's first call in a shop (which reads the shop's stored state) gets no more than 5 ms once a hanging
     * call before it spent the request's budget: the bound is about waiting for plugins, not about either.
     * The hanging calls left behind then return (2 s), so that each test sees the hanging plugin time out again.
     */
    private static void warmUp() {
        for (String shop : List.of("healthy", "lead", "cart", "order")) {
            assertThat(api.post("/api/v1/shops/" + shop + "/leads", "{\"email\":\"warm@example.org\"}").status())
                    .isEqualTo(201);
            assertThat(api.post("/api/v1/shops/" + shop + "/cart/evaluate", """
                    {"currency":"EUR","lines":[{"sku":"a","quantity":1,"unitPrice":"10.00"}]}""").status()).isEqualTo(200);
            assertThat(api.post("/api/v1/shops/" + shop + "/orders", """
                    {"orderId":"warm","customerEmail":"warm@example.org","currency":"EUR",
                     "lines":[{"sku":"a","quantity":1,"unitPrice":"10.00"}],"total":"10.00"}""").status()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> List.of("lead", "cart", "order").stream()
                .flatMap(shop -> Arrays.stream(HookKind.values()).flatMap(kind -> host.host().runtime().shops()
                        .require(shop).hooks(kind).stream()))
                .allMatch(hook -> hook.stats().stuck() == 0));
    }

    @AfterAll
    static void stop() {
        host.close();
        stalls.close();
    }

    @Test
    void cartAnswersWithTheHealthyPluginsOffersOnly() {
        JsonNode answer = withinBound(200, 2, () -> api.post("/api/v1/shops/cart/cart/evaluate", """
                {"currency":"EUR","lines":[{"sku":"a","quantity":1,"unitPrice":"10.00"}]}"""));
        assertThat(answer.get("offers")).isNotEmpty();
        assertThat(answer.get("offers").findValuesAsText("plugin")).containsOnly("conversion-offers");
        assertThat(answer.get("recommendations")).isEmpty();
        assertThat(skipped(answer)).anyMatch(s -> s.startsWith("fault-throws conversion-offer error"))
                .anyMatch(s -> s.startsWith("fault-throws upsell error"))
                .anyMatch(s -> s.startsWith("fault-null conversion-offer bad answer"))
                .contains("fault-hangs conversion-offer timeout", "fault-hangs upsell timeout");
    }

    @Test
    void leadChainSkipsTheFaultyLinksAndKeepsTheScorersWork() {
        JsonNode lead = withinBound(201, 1, () -> api.post("/api/v1/shops/lead/leads", """
                {"email":"dee@example.org","source":"referral","consent":{"marketing":true}}"""));
        assertThat(lead.get("score").asInt()).as("the scorer's score; skipped: " + skipped(lead))
                .isPositive().isLessThan(1000);
        assertThat(skipped(lead)).anyMatch(s -> s.startsWith("fault-throws lead-capture error"))
                .anyMatch(s -> s.startsWith("fault-null lead-capture bad answer"))
                .contains("fault-hangs lead-capture timeout");
    }

    @Test
    void orderIsPlacedWithTheHealthyThankYouBlocksAndRetentionMessagesOnly() {
        JsonNode order = withinBound(201, 2, () -> api.post("/api/v1/shops/order/orders", """
                {"orderId":"f-1","customerEmail":"eve@example.org","currency":"EUR",
                 "lines":[{"sku":"a","quantity":1,"unitPrice":"10.00"}],"total":"10.00"}"""));
        JsonNode blocks = order.get("thankYou").get("blocks");
        assertThat(blocks).isNotEmpty();
        assertThat(blocks.findValuesAsText("plugin")).containsOnly("thank-you-referral");
        assertThat(order.get("retention").get("scheduled").asInt()).isEqualTo(3);
        assertThat(skipped(order)).anyMatch(s -> s.startsWith("fault-throws thank-you-page error"))
                .anyMatch(s -> s.startsWith("fault-throws retention-offer error"))
                .anyMatch(s -> s.startsWith("fault-null thank-you-page bad answer"))
                .anyMatch(s -> s.startsWith("fault-null retention-offer bad answer"))
                .contains("fault-hangs thank-you-page timeout", "fault-hangs retention-offer timeout");
        var store = host.host().runtime().store();
        assertThat(store.thankYouJson("order", "f-1")).isPresent();
        assertThat(store.messagesOfOrder("order", "f-1")).extracting(MessageRecord::pluginId)
                .containsOnly("retention-drip").hasSize(3);
    }

    @Test
    void concurrentRequestsAllSucceedWhileAPluginHangs() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> api.post("/api/v1/shops/load/cart/evaluate", """
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
        var stats = host.host().runtime().shops().require("load").hooks(HookKind.CONVERSION_OFFER)
                .stream().filter(h -> h.pluginId().equals("fault-hangs")).findFirst().orElseThrow().stats();
        assertThat(stats.timeouts() + stats.skips()).isGreaterThanOrEqualTo(64);
    }

    /**
     * Sends the request, checks its status and its time, and returns its body. The time allowed is what the
     * request's hanging calls may spend (each its hook budget, together at most the request budget) plus
     * {@link #MARGIN_MILLIS}, plus the time this JVM could not run meanwhile.
     */
    private static JsonNode withinBound(int status, int hangingCalls, Supplier<ApiClient.Response> request) {
        long budget = Math.min(hangingCalls * HOOK_BUDGET_MILLIS, REQUEST_BUDGET_MILLIS);
        long stalledBefore = stalls.stalledMillis();
        long started = System.nanoTime();
        ApiClient.Response r = request.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long stalled = stalls.stalledMillis() - stalledBefore;
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(millis).as("answered in %d ms, %d ms of which this JVM could not run; the hanging calls' budget is %d ms",
                millis, stalled, budget).isLessThan(budget + MARGIN_MILLIS + stalled);
        return FiveStagesTest.json(r);
    }

    private static List<String> skipped(JsonNode answer) {
        List<String> skipped = new ArrayList<>();
        answer.get("skipped").forEach(s -> skipped.add(s.get("plugin").asText() + " " + s.get("hook").asText()
                + " " + s.get("reason").asText()));
        return skipped;
    }
}
