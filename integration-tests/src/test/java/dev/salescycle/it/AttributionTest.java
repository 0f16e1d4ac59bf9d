package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attribution through the real host and the bundled plugins: cart answers and thank-you pages carry signed
 * references, orders that send them back credit their revenue to the plugin that made them (last touch per line,
 * within the shop's windows), and bad references are ignored and counted, never refused. Each test has its own
 * shop, so that its funnel holds its own orders only.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AttributionTest {

    static final String ADMIN = "attribution-admin-token";
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final String SHOPS = "a b c d";

    @TempDir
    static Path dir;
    static MutableClock clock = new MutableClock(T0);
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        host = start(dir, clock);
        api = TestKeys.client(host);
        for (String shop : SHOPS.split(" ")) {
            seed(api, shop);
        }
        host.host().runtime().awaitPluginsIdle(10_000);
    }

    static TestHost start(Path root, MutableClock clock) {
        StringBuilder shops = new StringBuilder();
        for (String shop : SHOPS.split(" ")) {
            shops.append("  ").append(shop).append(":\n").append(SHOP);
        }
        return TestHost.builder(root).clock(clock).config(TestKeys.config("host:\n  adminToken: " + ADMIN
                        + "\nshops:\n" + shops))
                .plugin(Plugins.zip("conversion-offers")).plugin(Plugins.zip("co-purchase-upsell"))
                .plugin(Plugins.zip("thank-you-referral")).start();
    }

    static final String SHOP = """
                currency: EUR
                hookBudget: PT5S
                requestBudget: PT10S
                attribution: { session: PT2H }
                plugins:
                  - id: conversion-offers
                    settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                  - id: co-purchase-upsell
                    settings: { maxItems: 4, minSupport: 0.01, minConfidence: 0.1 }
                  - id: thank-you-referral
            """;

    /** A catalogue and 60 past orders of beans with filters or a mug, so that beans bring recommendations. */
    static void seed(ApiClient api, String shop) {
        ApiClient.Response put = api.put("/api/v1/shops/" + shop + "/products", """
                [{"sku":"beans","name":"Espresso beans","price":"12.50","currency":"EUR"},
                 {"sku":"filters","name":"Paper filters","price":"3.20","currency":"EUR"},
                 {"sku":"mug","name":"Mug","price":"8.00","currency":"EUR"}]""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            history.append("{\"orderId\":\"past-").append(i).append("\",\"currency\":\"EUR\",\"lines\":[")
                    .append("{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"},{\"sku\":\"")
                    .append(i % 3 == 0 ? "mug" : "filters").append("\",\"quantity\":1,\"unitPrice\":\"3.20\"}]}\n");
        }
        ApiClient.Response imported = api.post("/api/v1/shops/" + shop + "/orders/import", history.toString(),
                "application/x-ndjson");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static JsonNode cart(ApiClient api, String shop, String visitor, String linesJson) {
        ApiClient.Response r = api.post("/api/v1/shops/" + shop + "/cart/evaluate", "{\"currency\":\"EUR\",\"visitorId\":\""
                + visitor + "\",\"lines\":[" + linesJson + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return FiveStagesTest.json(r);
    }

    static JsonNode order(ApiClient api, String shop, String orderId, String email, String visitor, String linesJson,
                          String total, String refsJson) {
        ApiClient.Response r = api.post("/api/v1/shops/" + shop + "/orders", "{\"orderId\":\"" + orderId
                + "\",\"customerEmail\":\"" + email + "\",\"currency\":\"EUR\"," + (visitor == null ? ""
                : "\"visitorId\":\"" + visitor + "\",") + "\"lines\":[" + linesJson + "],\"total\":\"" + total
                + "\",\"consent\":{\"marketing\":true},\"refs\":[" + refsJson + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return FiveStagesTest.json(r);
    }

    static JsonNode funnel(TestHost host, String shop, String query) {
        host.host().runtime().funnel().flush();
        ApiClient.Response r = TestKeys.client(host).get("/admin/shops/" + shop + "/funnel?" + query,
                Map.of("Authorization", "Bearer " + ADMIN));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return FiveStagesTest.json(r);
    }

    static JsonNode stage(JsonNode funnel, String stage) {
        for (JsonNode s : funnel.get("stages")) {
            if (s.get("stage").asText().equals(stage)) {
                return s;
            }
        }
        throw new AssertionError("no stage " + stage + " in " + funnel);
    }

    static JsonNode plugin(JsonNode funnel, String stage, String plugin) {
        for (JsonNode p : stage(funnel, stage).get("plugins")) {
            if (p.get("plugin").asText().equals(plugin)) {
                return p;
            }
        }
        throw new AssertionError("no plugin " + plugin + " at " + stage + " in " + funnel);
    }

    static String line(String sku, String price, String ref) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPrice\":\"" + price + "\""
                + (ref == null ? "" : ",\"ref\":\"" + ref + "\"") + "}";
    }

    static String ref(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (item.get(field).asText().equals(value)) {
                assertThat(item.get("ref").asText()).matches("[A-Za-z0-9_-]{40,120}");
                return item.get("ref").asText();
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + items);
    }

    @Test
    void ordersCarryingReferencesCreditTheRevenueToThePluginsThatMadeThem() {
        JsonNode answer = cart(api, "a", "v-1", line("beans", "12.50", null));
        String nudge = ref(answer.get("offers"), "id", "free-shipping-nudge");
        String filters = ref(answer.get("recommendations"), "sku", "filters");
        cart(api, "a", "v-1", line("beans", "12.50", null) + "," + line("filters", "3.20", filters));
        cart(api, "a", "v-1", line("beans", "12.50", null) + "," + line("filters", "3.20", filters));

        JsonNode placed = order(api, "a", "a-1", "ann@example.org", "v-1",
                line("beans", "12.50", null) + "," + line("filters", "3.20", filters), "15.70", "\"" + nudge + "\"");
        JsonNode coupon = null;
        for (JsonNode block : placed.get("thankYou").get("blocks")) {
            assertThat(block.get("ref").asText()).as(block.toString()).isNotBlank();
            if (block.get("type").asText().equals("REFERRAL")) {
                coupon = block;
            }
        }
        assertThat(coupon).as("a referral block").isNotNull();
        clock.advance(Duration.ofDays(3));
        order(api, "a", "a-2", "bo@example.org", null, line("mug", "8.00", null), "8.00",
                "\"" + coupon.get("ref").asText() + "\"");

        JsonNode funnel = funnel(host, "a", "from=2026-03-01&to=2026-03-05");
        JsonNode offers = plugin(funnel, "conversion-offer", "conversion-offers");
        assertThat(offers.get("revenue").get("EUR").asText()).isEqualTo("12.50");
        assertThat(offers.get("acted").asLong()).as("the offer used").isEqualTo(1);
        assertThat(offers.get("orders").asLong()).isEqualTo(1);
        assertThat(offers.get("shown").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode upsell = plugin(funnel, "upsell", "co-purchase-upsell");
        assertThat(upsell.get("revenue").get("EUR").asText()).isEqualTo("3.20");
        assertThat(upsell.get("acted").asLong()).as("added once, however often the cart was evaluated").isEqualTo(1);
        assertThat(upsell.get("orders").asLong()).isEqualTo(1);
        long shown = upsell.get("shown").asLong();
        assertThat(upsell.get("conversionRate").asDouble()).isEqualTo(1.0 / shown);
        assertThat(upsell.get("revenuePerThousand").get("EUR").asText())
                .isEqualTo(new java.math.BigDecimal("3200").divide(java.math.BigDecimal.valueOf(shown), 2,
                        java.math.RoundingMode.HALF_EVEN).toPlainString());
        JsonNode thanks = plugin(funnel, "thank-you-page", "thank-you-referral");
        assertThat(thanks.get("revenue").get("EUR").asText()).isEqualTo("8.00");
        assertThat(thanks.get("acted").asLong()).isEqualTo(1);
        assertThat(funnel.get("attributed").get("orders").asLong()).isEqualTo(2);
        assertThat(funnel.get("attributed").get("revenue").get("EUR").asText()).isEqualTo("23.70");
        assertThat(funnel.get("orders").get("count").asLong()).isEqualTo(2);
        assertThat(funnel.get("ignoredRefs").get("total").asLong()).isZero();

        JsonNode daily = funnel.get("daily");
        assertThat(daily.findValuesAsText("day")).containsExactly("2026-03-01", "2026-03-02", "2026-03-03",
                "2026-03-04", "2026-03-05");
        assertThat(stage(daily.get(1), "upsell").get("revenue").get("EUR").asText()).isEqualTo("3.20");
        assertThat(stage(daily.get(4), "thank-you-page").get("revenue").get("EUR").asText()).isEqualTo("8.00");
        assertThat(daily.get(2).get("attributed").get("orders").asLong()).isZero();

        JsonNode firstDay = funnel(host, "a", "from=2026-03-02&to=2026-03-02");
        assertThat(firstDay.get("attributed").get("revenue").get("EUR").asText()).as("the window recomputes")
                .isEqualTo("15.70");
        assertThat(plugin(firstDay, "upsell", "co-purchase-upsell").get("acted").asLong()).isEqualTo(1);
    }

    @Test
    void aLineAddedThroughARecommendationKeepsItWhileTheOtherLinesGoToTheLatestOrderTouch() {
        JsonNode early = cart(api, "b", "v-2", line("beans", "12.50", null));
        String filters = ref(early.get("recommendations"), "sku", "filters");
        clock.advance(Duration.ofMinutes(10));
        String nudge = ref(cart(api, "b", "v-2", line("beans", "12.50", null) + ","
                + line("filters", "3.20", filters)).get("offers"), "id", "free-shipping-nudge");

        order(api, "b", "b-1", "cy@example.org", "v-2", line("beans", "12.50", null) + ","
                + line("filters", "3.20", filters), "15.70", "\"" + nudge + "\"");

        JsonNode funnel = funnel(host, "b", "since=P1D");
        assertThat(plugin(funnel, "conversion-offer", "conversion-offers").get("revenue").get("EUR").asText())
                .as("the offer, shown again after the filters were added, wins the beans only").isEqualTo("12.50");
        JsonNode upsell = plugin(funnel, "upsell", "co-purchase-upsell");
        assertThat(upsell.get("revenue").get("EUR").asText()).isEqualTo("3.20");
        assertThat(upsell.get("orders").asLong()).isEqualTo(1);
        assertThat(funnel.get("attributed").get("orders").asLong()).isEqualTo(1);
        assertThat(stage(funnel, "conversion-offer").get("orders").asLong()).isEqualTo(1);
    }

    @Test
    void forgedAlteredOtherShopMisplacedAndExpiredReferencesAreIgnoredAndCounted() {
        JsonNode answer = cart(api, "c", "v-3", line("beans", "12.50", null));
        String filters = ref(answer.get("recommendations"), "sku", "filters");
        String nudge = ref(answer.get("offers"), "id", "free-shipping-nudge");
        String otherShop = ref(cart(api, "d", "v-3", line("beans", "12.50", null)).get("offers"), "id",
                "free-shipping-nudge");
        char[] chars = nudge.toCharArray();
        chars[chars.length - 5] = chars[chars.length - 5] == 'A' ? 'B' : 'A';
        String altered = new String(chars);

        JsonNode placed = order(api, "c", "c-1", "dee@example.org", "v-3", line("beans", "12.50", "forged-ref")
                + "," + line("mug", "8.00", filters), "20.50", "\"" + altered + "\",\"" + otherShop + "\",42,\"\"");
        assertThat(placed.get("orderId").asText()).isEqualTo("c-1");
        order(api, "c", "c-2", "eve@example.org", "someone-else", line("filters", "3.20", filters), "3.20", "");

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        order(api, "c", "c-3", "fay@example.org", "v-3", line("filters", "3.20", filters), "3.20",
                "\"" + nudge + "\"");

        JsonNode funnel = funnel(host, "c", "since=P1D");
        assertThat(funnel.get("attributed").get("orders").asLong()).isZero();
        assertThat(funnel.get("attributed").get("revenue").size()).isZero();
        JsonNode ignored = funnel.get("ignoredRefs");
        assertThat(ignored.get("forged").asLong()).as("altered, and bound to another visitor").isEqualTo(2);
        assertThat(ignored.get("malformed").asLong()).as("made up, a number, an empty string").isEqualTo(3);
        assertThat(ignored.get("otherShop").asLong()).isEqualTo(1);
        assertThat(ignored.get("misplaced").asLong()).as("a filters reference on a mug").isEqualTo(1);
        assertThat(ignored.get("expired").asLong()).as("past the shop's 2-hour session").isEqualTo(2);
        assertThat(ignored.get("total").asLong()).isEqualTo(9);
        String metrics = TestKeys.client(host).get("/metrics", Map.of("Authorization", "Bearer " + ADMIN)).body();
        assertThat(metrics).contains("salescycle_attribution_refs_ignored_total{reason=\"expired\",shop=\"c\"} 2.0");
    }

    @Test
    void theFiguresSurviveARestart(@TempDir Path other) throws Exception {
        MutableClock own = new MutableClock(T0);
        String before;
        try (TestHost first = start(other, own)) {
            ApiClient client = TestKeys.client(first);
            seed(client, "d");
            first.host().runtime().awaitPluginsIdle(10_000);
            String filters = ref(cart(client, "d", "v-4", line("beans", "12.50", null)).get("recommendations"),
                    "sku", "filters");
            order(client, "d", "d-1", "gus@example.org", "v-4", line("filters", "3.20", filters), "3.20", "");
            JsonNode figures = funnel(first, "d", "from=2026-03-02&to=2026-03-02");
            assertThat(plugin(figures, "upsell", "co-purchase-upsell").get("revenue").get("EUR").asText())
                    .isEqualTo("3.20");
            before = figures.toString();
        }
        try (TestHost second = start(other, own)) {
            assertThat(funnel(second, "d", "from=2026-03-02&to=2026-03-02").toString()).isEqualTo(before);
        }
    }

    @Test
    void aBadWindowIsRefusedWithItsField() {
        ApiClient admin = TestKeys.client(host);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + ADMIN);
        assertThat(admin.get("/admin/shops/a/funnel?since=P500D", auth).body()).contains("\"field\":\"since\"");
        assertThat(admin.get("/admin/shops/a/funnel?from=2026-03-05&to=2026-03-01", auth).status()).isEqualTo(400);
        assertThat(admin.get("/admin/shops/a/funnel?from=yesterday", auth).body()).contains("\"field\":\"from\"");
        assertThat(admin.get("/admin/shops/a/funnel?since=P1D&from=2026-03-01", auth).status()).isEqualTo(400);
    }
}
