package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.experiments.assign.Allocation;
import dev.salescycle.host.experiments.assign.Assigner;
import dev.salescycle.host.experiments.assign.Variant;
import dev.salescycle.host.experiments.live.UnitKeys;
import dev.salescycle.host.store.ExperimentRecords;
import dev.salescycle.testkit.ApiClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiments through the real host: two settings of the conversion-offer plugin split visitors by the documented
 * hash, the same after a restart and on two hosts on one PostgreSQL; the admin API's counts match a count done
 * here by brute force; stop, promote and revert take effect on every host; auto-promotion promotes a clear winner;
 * a malformed experiment is refused with file, line and field, or with a 400 naming the field.
 */
@Timeout(240)
class ExperimentsTest {

    static final String TOKEN = "experiments-admin-token";
    static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer " + TOKEN);
    static final Assigner ASSIGNER = new Assigner("checkout-offer", "2026a",
            Allocation.of(Variant.of("ten-percent", 1), Variant.of("fifteen-percent", 1)));
    static final String CART = """
            {"currency":"EUR","visitorId":"%s","lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}]}""";

    @TempDir
    Path dir;
    String database;

    @AfterEach
    void dropDatabase() throws Exception {
        Postgres.dropDatabase(database);
    }

    static String config(String store, String extra) {
        return TestKeys.config("""
                host:
                  adminToken: %s
                  %s
                shops:
                  s:
                    currency: EUR
                    hookBudget: PT5S
                    requestBudget: PT10S
                    plugins:
                      - id: conversion-offers
                        settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                    experiments:
                      - id: checkout-offer
                        salt: "2026a"
                        stage: conversion-offer
                        guardrails: [ timeouts, breakerTrips ]
                        %s
                        variants:
                          - { name: ten-percent, weight: 1, plugin: conversion-offers }
                          - { name: fifteen-percent, weight: 1, plugin: conversion-offers, settings: { firstOrderDiscountPercent: 15 } }
                """.formatted(TOKEN, store, extra));
    }

    private TestHost host(String name, String store, String extra, MutableClock clock) {
        return TestHost.builder(dir.resolve(name)).clock(clock).plugin(Plugins.zip("conversion-offers"))
                .config(config(store, extra)).start();
    }

    /** The percent of the first-order offer the visitor was shown. */
    static int percentShown(ApiClient client, String visitor) {
        ApiClient.Response r = client.post("/api/v1/shops/s/cart/evaluate", CART.formatted(visitor));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode offer : FiveStagesTest.json(r).get("offers")) {
            if (offer.get("id").asText().startsWith("first-order-")) {
                return Integer.parseInt(offer.get("id").asText().substring("first-order-".length()));
            }
        }
        throw new AssertionError("no first-order offer in " + r.body());
    }

    static int expectedPercent(String visitor) {
        return ASSIGNER.variant(visitor).name().equals("ten-percent") ? 10 : 15;
    }

    static void order(ApiClient client, String visitor, int n, String total) {
        ApiClient.Response r = client.post("/api/v1/shops/s/orders", """
                {"orderId":"o-%d","customerEmail":"c%d@example.org","currency":"EUR","visitorId":"%s",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"%s"}],"total":"%s"}""".formatted(n, n, visitor, total, total));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    static JsonNode results(ApiClient client) {
        ApiClient.Response r = client.get("/admin/shops/s/experiments/checkout-offer", ADMIN);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return FiveStagesTest.json(r);
    }

    static JsonNode arm(JsonNode report, String variant) {
        for (JsonNode arm : report.get("results").get("arms")) {
            if (arm.get("variant").asText().equals(variant)) {
                return arm;
            }
        }
        throw new AssertionError("no arm " + variant);
    }

    @Test
    void assignmentFollowsTheHashSurvivesARestartAndCountsMatchABruteForceCount() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        Map<String, long[]> expected = new HashMap<>(); // units, conversions, revenue in cents
        expected.put("ten-percent", new long[3]);
        expected.put("fifteen-percent", new long[3]);
        try (TestHost host = host("h2", "", "", clock)) {
            ApiClient client = TestKeys.client(host);
            for (int i = 0; i < 120; i++) {
                String visitor = "visitor-" + i;
                assertThat(percentShown(client, visitor)).as(visitor).isEqualTo(expectedPercent(visitor));
                long[] e = expected.get(ASSIGNER.variant(visitor).name());
                e[0]++;
                if (i % 3 == 0) {
                    order(client, visitor, i, "12.50");
                    e[1]++;
                    e[2] += 1250;
                }
            }
            order(client, "never-exposed", 1000, "99.00"); // an order without exposure counts for nobody
            JsonNode report = results(client);
            for (String variant : List.of("ten-percent", "fifteen-percent")) {
                JsonNode arm = arm(report, variant);
                long[] e = expected.get(variant);
                assertThat(arm.get("units").asLong()).as(variant).isEqualTo(e[0]);
                assertThat(arm.get("exposures").asLong()).as(variant).isEqualTo(e[0]);
                assertThat(arm.get("conversions").asLong()).as(variant).isEqualTo(e[1]);
                assertThat(new BigDecimal(arm.get("revenue").asText())).isEqualByComparingTo(BigDecimal.valueOf(e[2], 2));
                assertThat(arm.get("guardrails").get("timeouts").get("due").asLong()).isEqualTo(e[0]);
            }
            assertThat(report.get("phase").asText()).isEqualTo("RUNNING");
            assertThat(report.get("results").get("verdict").asText()).isEqualTo("COLLECTING");
            assertThat(report.get("results").get("sampleRatio").get("alarm").asBoolean()).isFalse();
        }
        try (TestHost again = host("h2", "", "", clock)) {
            ApiClient client = TestKeys.client(again);
            for (int i = 0; i < 120; i += 7) {
                assertThat(percentShown(client, "visitor-" + i)).isEqualTo(expectedPercent("visitor-" + i));
            }
            JsonNode report = results(client);
            assertThat(arm(report, "ten-percent").get("units").asLong()).isEqualTo(expected.get("ten-percent")[0]);
            assertThat(arm(report, "fifteen-percent").get("units").asLong()).isEqualTo(expected.get("fifteen-percent")[0]);
            assertThat(percentShown(client.withHeaders(Map.of()), "x")).isIn(10, 15);
        }
    }

    @Test
    void twoHostsOnOnePostgresAssignAlikeAddUpAndFollowStopPromoteAndRevert() throws Exception {
        database = Postgres.createDatabase();
        String store = "store: %s\n  storeUser: %s".formatted(Postgres.url(database), Postgres.USER);
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (TestHost a = host("a", store, "", clock); TestHost b = host("b", store, "", clock)) {
            List<ApiClient> clients = List.of(TestKeys.client(a), TestKeys.client(b));
            Map<String, Integer> units = new HashMap<>();
            for (int i = 0; i < 100; i++) {
                String visitor = "v" + i;
                assertThat(percentShown(clients.get(i % 2), visitor)).isEqualTo(expectedPercent(visitor));
                assertThat(percentShown(clients.get((i + 1) % 2), visitor)).isEqualTo(expectedPercent(visitor));
                units.merge(ASSIGNER.variant(visitor).name(), 1, Integer::sum);
                if (i % 4 == 0) {
                    order(clients.get(i % 2), visitor, i, "20.00");
                }
            }
            // Each host writes its counts every half second: the figures agree once both have written.
            await().atMost(Duration.ofSeconds(20)).until(() -> results(clients.get(0)).get("results")
                    .equals(results(clients.get(1)).get("results"))
                    && arm(results(clients.get(0)), "ten-percent").get("exposures").asInt() == 2 * units.get("ten-percent")
                    && arm(results(clients.get(0)), "fifteen-percent").get("exposures").asInt() == 2 * units.get("fifteen-percent"));
            JsonNode fromA = results(clients.get(0));
            assertThat(arm(fromA, "ten-percent").get("units").asInt()).isEqualTo(units.get("ten-percent"));
            assertThat(arm(fromA, "fifteen-percent").get("units").asInt()).isEqualTo(units.get("fifteen-percent"));
            assertThat(arm(fromA, "ten-percent").get("conversions").asInt() + arm(fromA, "fifteen-percent")
                    .get("conversions").asInt()).isEqualTo(25);

            String fifteen = "v" + java.util.stream.IntStream.range(0, 100).filter(i -> expectedPercent("v" + i) == 15)
                    .findFirst().orElseThrow();
            String ten = "v" + java.util.stream.IntStream.range(0, 100).filter(i -> expectedPercent("v" + i) == 10)
                    .findFirst().orElseThrow();
            assertThat(post(clients.get(0), "stop", null).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> percentShown(clients.get(1), fifteen) == 10);
            assertThat(post(clients.get(0), "stop", null).status()).isEqualTo(409);

            ApiClient.Response promoted = post(clients.get(0), "promote", "{\"variant\":\"fifteen-percent\"}");
            assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
            assertThat(FiveStagesTest.json(promoted).get("phase").asText()).isEqualTo("PROMOTED");
            await().atMost(Duration.ofSeconds(20)).until(() -> percentShown(clients.get(1), ten) == 15);
            JsonNode config = FiveStagesTest.json(clients.get(1).get("/admin/config", ADMIN));
            assertThat(config.get("promotions").get(0).get("variant").asText()).isEqualTo("fifteen-percent");
            assertThat(config.get("promotions").get(0).get("settings").get("firstOrderDiscountPercent").asInt()).isEqualTo(15);

            assertThat(post(clients.get(1), "revert", null).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> percentShown(clients.get(0), ten) == 10
                    && percentShown(clients.get(0), fifteen) == 10);
            assertThat(FiveStagesTest.json(clients.get(0).get("/admin/config", ADMIN)).get("promotions")).isEmpty();
        }
    }

    @Test
    void autoPromotionPromotesAClearWinnerAfterItsMinimumDuration() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (TestHost host = host("auto", "", "autoPromote: true", clock)) {
            ApiClient client = TestKeys.client(host);
            int orders = 0;
            for (int i = 0; i < 400; i++) {
                String visitor = "u" + i;
                percentShown(client, visitor);
                boolean fifteen = expectedPercent(visitor) == 15;
                if (fifteen ? i % 5 != 0 : i % 5 == 0) { // 80% against 20%
                    order(client, visitor, i, "30.00");
                    orders++;
                }
            }
            assertThat(orders).isGreaterThan(150);
            var states = host.host().runtime().experiments().states();
            assertThat(states.promoteWinners()).as("held back by the 7-day minimum").isZero();
            clock.advance(Duration.ofDays(8));
            assertThat(states.promoteWinners()).isEqualTo(1);
            JsonNode report = results(client);
            assertThat(report.get("phase").asText()).isEqualTo("PROMOTED");
            assertThat(report.get("promoted").asText()).isEqualTo("fifteen-percent");
            String ten = "u" + java.util.stream.IntStream.range(0, 400).filter(i -> expectedPercent("u" + i) == 10)
                    .findFirst().orElseThrow();
            assertThat(percentShown(client, ten)).isEqualTo(15);
            assertThat(post(client, "revert", null).status()).isEqualTo(200);
            assertThat(percentShown(client, ten)).isEqualTo(10);
        }
    }

    @Test
    void aSampleRatioMismatchStopsAutoPromotionHoweverClearTheWinner() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (TestHost host = host("srm", "", "autoPromote: true", clock)) {
            var records = host.host().runtime().store().experiments();
            Instant at = clock.instant();
            List<ExperimentRecords.UnitRow> units = new java.util.ArrayList<>();
            int n = 0;
            for (String variant : List.of("ten-percent", "fifteen-percent")) {
                int count = variant.equals("ten-percent") ? 700 : 1000; // configured 50/50
                for (int i = 0; i < count; i++, n++) {
                    String visitor = "srm-" + n;
                    units.add(new ExperimentRecords.UnitRow("s", "checkout-offer", "2026a", UnitKeys.of(visitor), variant, at));
                    if (i % (variant.equals("ten-percent") ? 10 : 2) == 0) {
                        records.recordOrder("s", "srm-order-" + n, UnitKeys.of(visitor), null, new BigDecimal("20.00"),
                                at.plusSeconds(60));
                    }
                }
            }
            records.recordUnits(units);
            clock.advance(Duration.ofDays(8));
            var states = host.host().runtime().experiments().states();
            assertThat(states.promoteWinners()).isZero();
            JsonNode report = results(TestKeys.client(host));
            assertThat(report.get("results").get("verdict").asText()).isEqualTo("SAMPLE_RATIO_MISMATCH");
            assertThat(report.get("results").get("sampleRatio").get("alarm").asBoolean()).isTrue();
            assertThat(report.get("results").get("promotable").asBoolean()).isFalse();
            assertThat(report.get("phase").asText()).isEqualTo("RUNNING");
            assertThat(TestKeys.client(host).post("/admin/shops/s/experiments/checkout-offer/promote", "", ADMIN).status())
                    .isEqualTo(409);
        }
    }

    @Test
    void aMalformedExperimentIsRefusedWithFileLineAndFieldOrA400NamingTheField() {
        assertThatThrownBy(() -> TestHost.builder(dir.resolve("bad")).plugin(Plugins.zip("conversion-offers")).config("""
                shops:
                  s:
                    currency: EUR
                    experiments:
                      - id: e
                        stage: upsell
                        variants:
                          - { name: a, weight: 1 }
                          - { name: b, weight: 1, plugin: conversion-offers }
                """).start()).isInstanceOf(ConfigException.class).hasMessage("shops.s.experiments[0].variants[1].plugin:"
                + " plugin 'conversion-offers' has no upsell hook, so it cannot be a variant of experiment 'e' at that stage"
                + " (salescycle.yaml line 9)");
        assertThatThrownBy(() -> TestHost.builder(dir.resolve("bad2")).plugin(Plugins.zip("conversion-offers")).config("""
                shops:
                  s:
                    currency: EUR
                    experiments:
                      - id: e
                        stage: conversion-offer
                        variants:
                          - { name: a, weight: 1, plugin: conversion-offer }
                          - { name: b, weight: 1 }
                """).start()).isInstanceOf(ConfigException.class).hasMessageStartingWith("shops.s.experiments[0].variants[0]"
                + ".plugin: unknown plugin 'conversion-offer'; loaded plugins: [conversion-offers] (salescycle.yaml line 8)");

        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (TestHost host = TestHost.builder(dir.resolve("api")).clock(clock).plugin(Plugins.zip("conversion-offers"))
                .config(TestKeys.config("""
                        host: { adminToken: %s }
                        shops:
                          s:
                            currency: EUR
                            plugins: [ conversion-offers ]
                        """.formatted(TOKEN))).start()) {
            ApiClient client = TestKeys.client(host);
            String path = "/admin/shops/s/experiments";
            assertError(client.post(path, "{\"id\":\"e\",\"stage\":\"conversion-offer\",\"variants\":[{\"name\":\"a\",\"weight\":1},"
                    + "{\"name\":\"b\",\"weight\":0}]}", ADMIN), 400, "variants[1].weight");
            assertError(client.post(path, "{\"id\":\"e:1\",\"stage\":\"conversion-offer\"}", ADMIN), 400, "id");
            assertError(client.post(path, "{\"id\":\"e\",\"stage\":\"upsell\",\"variants\":[{\"name\":\"a\",\"weight\":1},"
                    + "{\"name\":\"b\",\"weight\":1,\"plugin\":\"conversion-offers\"}]}", ADMIN), 400, "variants[1].plugin");
            assertError(client.post(path, "{\"id\":\"e\",\"stage\":\"conversion-offer\",\"variants\":[{\"name\":\"a\",\"weight\":1},"
                    + "{\"name\":\"b\",\"weight\":1,\"plugin\":\"nope\"}]}", ADMIN), 400, "variants[1].plugin");
            assertThat(client.post(path, "{}", Map.of()).status()).isEqualTo(401);
            assertThat(client.get(path + "/e").status()).isEqualTo(401);

            ApiClient.Response created = client.post(path, """
                    {"id":"api-offer","salt":"s1","stage":"conversion-offer","metric":"revenuePerVisitor",
                     "variants":[{"name":"control","weight":1,"plugin":"conversion-offers"},{"name":"holdout","weight":1}]}""", ADMIN);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(FiveStagesTest.json(created).get("phase").asText()).isEqualTo("DRAFT");
            assertError(client.post(path, "{\"id\":\"api-offer\",\"stage\":\"upsell\",\"variants\":[{\"name\":\"a\",\"weight\":1},"
                    + "{\"name\":\"b\",\"weight\":1}]}", ADMIN), 409, "id");
            assertThat(client.post(path + "/api-offer/start", "", ADMIN).status()).isEqualTo(200);
            Assigner assigner = new Assigner("api-offer", "s1", Allocation.of(Variant.of("control", 1), Variant.of("holdout", 1)));
            for (int i = 0; i < 20; i++) {
                String visitor = "w" + i;
                ApiClient.Response r = client.post("/api/v1/shops/s/cart/evaluate", CART.formatted(visitor));
                boolean offered = FiveStagesTest.json(r).get("offers").size() > 0;
                assertThat(offered).as(visitor).isEqualTo(assigner.variant(visitor).name().equals("control"));
            }
            JsonNode list = FiveStagesTest.json(client.get(path, ADMIN));
            assertThat(list.get("experiments").get(0).get("results").get("arms").get(0).get("units").asInt()
                    + list.get("experiments").get(0).get("results").get("arms").get(1).get("units").asInt()).isEqualTo(20);
            assertError(client.post(path + "/api-offer/promote", "", ADMIN), 409, "variant");
            assertError(client.post(path + "/nope/start", "", ADMIN), 404, null);
        }
    }

    private static void assertError(ApiClient.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        JsonNode error = FiveStagesTest.json(r).get("error");
        assertThat(error.get("code").asText()).isNotBlank();
        if (field != null) {
            assertThat(error.get("field").asText()).as(r.body()).isEqualTo(field);
        }
    }

    private static ApiClient.Response post(ApiClient client, String action, String body) {
        return client.post("/admin/shops/s/experiments/checkout-offer/" + action, body == null ? "" : body, ADMIN);
    }
}
