package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every misbehaving plugin at once beside the bundled ones, under 30 s of concurrent load: every answer is a
 * 200, at least 49 in 50 carry the healthy plugins' offers and recommendations, and the 99th percentile stays
 * within three request budgets: a host that waited for the plugins that hang would answer in tens of seconds.
 * This bounds behaviour (nothing waits for a bad plugin); it is not a speed benchmark, and the bound leaves room
 * for a machine that another build keeps busy (a pause of the whole process moves deadlines, by design).
 *
 * <p>The 30 s are measured after 5 s of the same load as warm-up, in which every answer must still be a 200.
 * In those first seconds the faulty plugins' breakers open, two calls that spin and ignore interrupts hold
 * both cores of a small machine for half a second, and the heap grows under 64 MiB allocations: a few answers
 * may then lack a healthy plugin. The warm-up's figures are printed, not hidden.
 */
@Timeout(300)
class FaultLoadTest {

    static final Duration WARM_UP = Duration.ofSeconds(5);
    static final Duration LOAD = Duration.ofSeconds(30);
    static final int CLIENTS = 8;
    /**
     * The default request budget. The faulty plugins keep the default 50 ms per call; the healthy ones get
     * 250 ms, as an operator gives the plugins it trusts more room.
     */
    static final long REQUEST_BUDGET_MS = 300;
    /**
     * At most one answer in this many may lack a healthy plugin. On two cores shared with another build (load
     * averages of 20 were seen) the process can stand still for longer than a request's whole budget; the
     * budget then runs out before the healthy plugins' turn, which is the budget doing its job. A host whose bad
     * plugins kept eating the budget (no breakers, no per-call limits) would lose most answers.
     */
    static final int MAX_INCOMPLETE_ONE_IN = 50;
    static final String HEALTHY_BUDGET = "250ms";
    static final String TOKEN = "fault-load-admin-token";
    static final List<String> FAULTS = List.of("fault-throws", "fault-hangs", "fault-null", "fault-random",
            "fault-spin", "fault-alloc", "fault-huge");
    static final String CART = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"}]}";

    /** What one phase of load saw. */
    record Phase(List<Long> latenciesMicros, List<String> failed, List<String> incomplete) {

        long percentileMicros(double p) {
            List<Long> sorted = new ArrayList<>(latenciesMicros);
            Collections.sort(sorted);
            return sorted.get((int) Math.ceil(sorted.size() * p) - 1);
        }

        String summary(String name, Duration length) {
            return String.format("fault load, %s: %d requests in %s, %d incomplete, p50 %d us, p99 %d us, max %d us",
                    name, latenciesMicros.size(), length, incomplete.size(), percentileMicros(0.5),
                    percentileMicros(0.99), percentileMicros(1.0));
        }
    }

    @Test
    void everyRequestSucceedsWithTheHealthyPluginsResults(@TempDir Path dir) throws Exception {
        TestHost.Builder builder = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  adminToken: %s
                  requestBudget: %dms
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - %s
                      - { id: conversion-offers, budget: %s }
                      - { id: co-purchase-upsell, budget: %s }
                """.formatted(TOKEN, REQUEST_BUDGET_MS, String.join("\n      - ", FAULTS), HEALTHY_BUDGET, HEALTHY_BUDGET)))
                .plugin(Plugins.zip("conversion-offers")).plugin(Plugins.zip("co-purchase-upsell"));
        FAULTS.forEach(f -> builder.plugin(Plugins.zip(f)));
        try (TestHost host = builder.start()) {
            ApiClient api = TestKeys.client(host);
            StringBuilder history = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                history.append("{\"orderId\":\"h").append(i).append("\",\"lines\":[{\"sku\":\"beans\"},{\"sku\":\"")
                        .append(i % 2 == 0 ? "filters" : "mug").append("\"}]}\n");
            }
            assertThat(api.post("/api/v1/shops/s/orders/import", history.toString(), "application/x-ndjson").status()).isEqualTo(200);
            host.host().runtime().awaitPluginsIdle(10_000);
            api.post("/api/v1/shops/s/cart/evaluate", "{\"currency\":\"EUR\",\"lines\":[]}");

            Phase warmUp = load(api, WARM_UP);
            System.out.println(warmUp.summary("warm-up", WARM_UP));
            assertThat(warmUp.failed()).as("failed answers in the warm-up").isEmpty();

            Phase measured = load(api, LOAD);
            System.out.println(measured.summary("measured", LOAD));
            assertThat(measured.failed()).as("failed answers").isEmpty();
            assertThat(measured.incomplete().size())
                    .as("answers without the healthy plugins' results, of %d: %s", measured.latenciesMicros().size(),
                            measured.incomplete())
                    .isLessThanOrEqualTo(measured.latenciesMicros().size() / MAX_INCOMPLETE_ONE_IN);
            assertThat(measured.latenciesMicros().size()).isGreaterThan(500);
            assertThat(measured.percentileMicros(0.99)).isLessThanOrEqualTo(3 * REQUEST_BUDGET_MS * 1_000);

            JsonNode shops = FiveStagesTest.json(api.get("/admin/shops", Map.of("Authorization", "Bearer " + TOKEN)));
            List<String> open = new ArrayList<>();
            shops.get(0).get("hooks").forEach(h -> {
                if (!h.get("breaker").asText().equals("CLOSED")) {
                    open.add(h.get("plugin").asText() + "/" + h.get("hook").asText());
                }
            });
            assertThat(open).contains("fault-throws/conversion-offer", "fault-null/conversion-offer", "fault-spin/upsell")
                    .noneMatch(s -> s.startsWith("conversion-offers/") || s.startsWith("co-purchase-upsell/"));
        }
    }

    private static Phase load(ApiClient api, Duration length) throws Exception {
        Phase phase = new Phase(Collections.synchronizedList(new ArrayList<>()), new CopyOnWriteArrayList<>(),
                new CopyOnWriteArrayList<>());
        long start = System.nanoTime();
        long end = start + length.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    ApiClient.Response r = api.post("/api/v1/shops/s/cart/evaluate", CART);
                    long took = System.nanoTime() - sent;
                    phase.latenciesMicros().add(took / 1_000);
                    String at = " (at " + (sent - start) / 1_000_000 + " ms, took " + took / 1_000_000 + " ms)";
                    if (r.status() != 200) {
                        phase.failed().add(r.status() + " " + r.body() + at);
                    } else {
                        String missing = missingHealthyResults(FiveStagesTest.json(r));
                        if (missing != null) {
                            phase.incomplete().add(missing + at);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();
        return phase;
    }

    /** Why an answer lacks the healthy plugins' results, or null when it has them. */
    private static String missingHealthyResults(JsonNode answer) {
        if (answer.get("offers").findValuesAsText("plugin").contains("conversion-offers")
                && answer.get("recommendations").findValuesAsText("plugin").contains("co-purchase-upsell")) {
            return null;
        }
        List<String> why = new ArrayList<>();
        answer.get("skipped").forEach(sk -> why.add(sk.get("plugin").asText() + "/" + sk.get("hook").asText() + ": "
                + sk.get("reason").asText()));
        return "healthy plugins' results missing; skipped " + why;
    }
}
