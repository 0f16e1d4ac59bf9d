package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** All five stages over HTTP, on the real host with the bundled plugins, for two shops with different plugin sets. */
@Timeout(600)
class FiveStagesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONFIG = """
            host:
              port: 0
              adminToken: five-stages-admin-token
            shops:
              coffee:
                currency: EUR
                plugins:
                  - id: lead-scoring
                    settings: { hotScore: 40 }
                  - id: conversion-offers
                    settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                  - id: co-purchase-upsell
                    settings: { maxItems: 4, minSupport: 0.01, minConfidence: 0.1 }
                  - id: thank-you-referral
                  - id: retention-drip
              tea:
                currency: EUR
                plugins:
                  - lead-scoring
                  - thank-you-referral
            """;

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.builder(dir).config(TestKeys.config(CONFIG))
                .plugin(Plugins.zip("lead-scoring")).plugin(Plugins.zip("conversion-offers"))
                .plugin(Plugins.zip("co-purchase-upsell")).plugin(Plugins.zip("thank-you-referral"))
                .plugin(Plugins.zip("retention-drip")).start();
        api = TestKeys.client(host);
        for (String shop : new String[] {"coffee", "tea"}) {
            ApiClient.Response put = api.put("/api/v1/shops/" + shop + "/products", """
                    [{"sku":"beans","name":"Espresso beans","price":"12.50","currency":"EUR"},
                     {"sku":"grinder","name":"Hand grinder","price":"39.00","currency":"EUR"},
                     {"sku":"filters","name":"Paper filters","price":"3.20","currency":"EUR"},
                     {"sku":"mug","name":"Mug","price":"8.00","currency":"EUR"}]""");
            assertThat(put.status()).isEqualTo(200);
            assertThat(json(put).get("upserted").asInt()).isEqualTo(4);
        }
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String second = i % 3 == 0 ? "mug" : "filters";
            history.append("{\"orderId\":\"past-").append(i).append("\",\"currency\":\"EUR\",\"lines\":[")
                    .append("{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"},")
                    .append("{\"sku\":\"").append(second).append("\",\"quantity\":1,\"unitPrice\":\"3.20\"}]}\n");
        }
        ApiClient.Response imported = api.post("/api/v1/shops/coffee/orders/import", history.toString(), "application/x-ndjson");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("imported").asInt()).isEqualTo(60);
        host.host().runtime().awaitPluginsIdle(10_000);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static JsonNode json(ApiClient.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @Test
    void leadIsScoredSegmentedAndStored() {
        ApiClient.Response r = api.post("/api/v1/shops/coffee/leads", """
                {"email":"Ada@Example.org","name":"Ada","source":"referral","interests":["espresso"],
                 "consent":{"marketing":true}}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode lead = json(r);
        assertThat(lead.get("leadId").asText()).isNotBlank();
        assertThat(lead.get("score").asInt()).isPositive();
        assertThat(lead.get("segments")).isNotEmpty();
        assertThat(lead.get("duplicate").asBoolean()).isFalse();

        ApiClient.Response again = api.post("/api/v1/shops/coffee/leads", "{\"email\":\"ada@example.org\"}");
        assertThat(again.status()).isEqualTo(201);
        assertThat(json(again).get("leadId").asText()).isEqualTo(lead.get("leadId").asText());
        assertThat(json(again).get("duplicate").asBoolean()).isTrue();
    }

    @Test
    void cartGetsOffersAndBoughtTogetherItemsEachNamingItsPlugin() {
        ApiClient.Response r = api.post("/api/v1/shops/coffee/cart/evaluate", """
                {"cartId":"c1","currency":"EUR","lines":[{"sku":"beans","quantity":2,"unitPrice":"12.50"}]}""");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode answer = json(r);
        assertThat(answer.get("subtotal").asText()).isEqualTo("25.00");
        assertThat(answer.get("offers")).isNotEmpty();
        answer.get("offers").forEach(o -> assertThat(o.get("plugin").asText()).isEqualTo("conversion-offers"));
        assertThat(answer.get("offers").toString()).contains("NUDGE").contains("25.00");
        JsonNode recs = answer.get("recommendations");
        assertThat(recs).isNotEmpty();
        JsonNode first = recs.get(0);
        assertThat(first.get("plugin").asText()).isEqualTo("co-purchase-upsell");
        assertThat(first.get("sku").asText()).isEqualTo("filters");
        assertThat(first.get("name").asText()).isEqualTo("Paper filters");
        assertThat(first.get("evidence").get("confidence").asDouble()).isCloseTo(40.0 / 60.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(recs.findValuesAsText("sku")).doesNotContain("beans");
        assertThat(answer.get("skipped")).isEmpty();
    }

    @Test
    void orderGivesThankYouBlocksAndScheduledMessagesExactlyOnce() {
        String order = """
                {"orderId":"o-100","customerEmail":"bo@example.org","customerName":"Bo Lind","currency":"EUR",
                 "lines":[{"sku":"mug","quantity":1,"unitPrice":"12.50"}],"total":"12.50","consent":{"marketing":true}}""";
        ApiClient.Response first = api.post("/api/v1/shops/coffee/orders", order, Map.of("Idempotency-Key", "k-100"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode placed = json(first);
        assertThat(placed.get("thankYou").get("blocks")).isNotEmpty();
        assertThat(placed.get("thankYou").get("blocks").findValuesAsText("plugin")).containsOnly("thank-you-referral");
        assertThat(placed.get("thankYou").get("blocks").findValuesAsText("type")).contains("REFERRAL");
        assertThat(placed.get("retention").get("scheduled").asInt()).isEqualTo(3);

        ApiClient.Response repeat = api.post("/api/v1/shops/coffee/orders", order, Map.of("Idempotency-Key", "k-100"));
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        ApiClient.Response messages = api.get("/api/v1/shops/coffee/orders/o-100/messages");
        assertThat(json(messages).get("messages")).hasSize(3);
        assertThat(host.host().runtime().store().ordersOf("coffee", "bo@example.org")).hasSize(1);

        ApiClient.Response conflict = api.post("/api/v1/shops/coffee/orders", order.replace("12.50\"}],\"total\":\"12.50",
                "12.50\"}],\"total\":\"13.50"), Map.of("Idempotency-Key", "k-100"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(json(conflict).get("error").get("code").asText()).isEqualTo("idempotency_conflict");

        ApiClient.Response page = api.get("/api/v1/shops/coffee/orders/o-100/thank-you");
        assertThat(json(page).get("blocks")).isEqualTo(placed.get("thankYou").get("blocks"));
        ApiClient.Response html = api.get("/api/v1/shops/coffee/orders/o-100/thank-you?format=html");
        assertThat(html.headers().get("content-type")).startsWith("text/html");
        assertThat(html.body()).contains("Bo").doesNotContain("<script");
    }

    @Test
    void theFirstOrderDiscountGoesToSubscribersWithoutOrdersButNotToCustomers() {
        String cart = """
                {"customerEmail":"%s","currency":"EUR","lines":[{"sku":"mug","quantity":1,"unitPrice":"8.00"}]}""";
        api.post("/api/v1/shops/coffee/leads", "{\"email\":\"sub@example.org\",\"consent\":{\"marketing\":true}}");
        assertThat(json(api.post("/api/v1/shops/coffee/cart/evaluate", cart.formatted("sub@example.org")))
                .get("offers").findValuesAsText("type")).contains("DISCOUNT");
        assertThat(api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"o-200","customerEmail":"buyer@example.org","currency":"EUR",
                 "lines":[{"sku":"mug","quantity":1,"unitPrice":"8.00"}],"total":"8.00"}""").status()).isEqualTo(201);
        assertThat(json(api.post("/api/v1/shops/coffee/cart/evaluate", cart.formatted("buyer@example.org")))
                .get("offers").findValuesAsText("type")).doesNotContain("DISCOUNT");
    }

    @Test
    void funnelCountsTheStagesOfTheShop() {
        assertThat(api.post("/api/v1/shops/coffee/leads", "{\"email\":\"funnel@example.org\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"f-300","customerEmail":"funnel@example.org","currency":"EUR",
                 "lines":[{"sku":"mug","quantity":1,"unitPrice":"8.00"}],"total":"8.00"}""").status()).isEqualTo(201);
        assertThat(api.get("/api/v1/shops/coffee/orders/f-300/thank-you").status()).isEqualTo(200);
        JsonNode before = funnel().get("counts");
        ApiClient.Response cart = api.post("/api/v1/shops/coffee/cart/evaluate", """
                {"cartId":"funnel-cart","currency":"EUR","lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}]}""");
        assertThat(cart.status()).isEqualTo(200);
        int offers = json(cart).get("offers").size();
        int recommendations = json(cart).get("recommendations").size();
        host.host().runtime().funnel().flush();
        ApiClient.Response r = api.get("/admin/shops/coffee/funnel?since=PT1H",
                Map.of("Authorization", "Bearer five-stages-admin-token"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode counts = json(r).get("counts");
        assertThat(counts.get("lead_captured").asLong()).isPositive();
        assertThat(counts.get("order_placed").asLong()).isPositive();
        assertThat(counts.get("message_sent").asLong()).as("nothing is due yet: the first retention step is a day after the order")
                .isZero();
        assertThat(counts.get("thank_you_shown").asLong()).isPositive();
        assertThat(offers + recommendations).as("the cart got offers or recommendations").isPositive();
        assertThat(counts.get("cart_evaluated").asLong()).isEqualTo(before.get("cart_evaluated").asLong() + 1);
        assertThat(counts.get("offer_shown").asLong()).isEqualTo(before.get("offer_shown").asLong() + offers);
        assertThat(counts.get("recommendation_shown").asLong())
                .isEqualTo(before.get("recommendation_shown").asLong() + recommendations);
        JsonNode byPlugin = json(r).get("byPlugin");
        long offersByPlugin = 0;
        long recommendationsByPlugin = 0;
        for (JsonNode plugin : byPlugin) {
            offersByPlugin += plugin.path("offer_shown").asLong();
            recommendationsByPlugin += plugin.path("recommendation_shown").asLong();
        }
        assertThat(offersByPlugin).isEqualTo(counts.get("offer_shown").asLong());
        assertThat(recommendationsByPlugin).isEqualTo(counts.get("recommendation_shown").asLong());
    }

    private static JsonNode funnel() {
        host.host().runtime().funnel().flush();
        ApiClient.Response r = api.get("/admin/shops/coffee/funnel?since=PT1H",
                Map.of("Authorization", "Bearer five-stages-admin-token"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json(r);
    }

    @Test
    void twoShopsWithDifferentPluginsAnswerDifferently() {
        String cart = """
                {"currency":"EUR","lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}]}""";
        JsonNode coffee = json(api.post("/api/v1/shops/coffee/cart/evaluate", cart));
        JsonNode tea = json(api.post("/api/v1/shops/tea/cart/evaluate", cart));
        assertThat(coffee.get("offers")).isNotEmpty();
        assertThat(tea.get("offers")).isEmpty();
        assertThat(tea.get("recommendations")).isEmpty();

        ApiClient.Response order = api.post("/api/v1/shops/tea/orders", """
                {"orderId":"t-1","customerEmail":"cy@example.org","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}""");
        assertThat(order.status()).isEqualTo(201);
        assertThat(json(order).get("retention").get("scheduled").asInt()).isZero();
        assertThat(json(api.get("/api/v1/shops", Http.bearer("five-stages-admin-token"))).findValuesAsText("id")).containsExactly("coffee", "tea");
    }
}
