package dev.salescycle.it.abuse;

import static dev.salescycle.it.abuse.AbuseHost.bearer;
import static dev.salescycle.it.abuse.AbuseHost.client;
import static dev.salescycle.it.abuse.AbuseHost.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.it.Plugins;
import dev.salescycle.testkit.ApiClient;
import dev.salescycle.it.TestHost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * OWASP API6:2023, unrestricted access to sensitive business flows: the public lead form cannot sign strangers up
 * for marketing nor be used to mail them more than once; consent needs the address's own confirmation, by POST;
 * a lead never confirmed is deleted; a first-order coupon is not offered again once the customer ordered, and
 * per-order coupons are bound to their shop and order.
 */
@Timeout(600)
class BusinessFlowTest extends AbuseTest {

    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/api/v1/consent/confirm\\?token=\\S+");

    @Test
    void leadSpamAsksTheStrangerOnceAndSignsThemUpForNothing() {
        for (int i = 0; i < 4; i++) {
            AbuseHost.Answer lead = host.post("api/v1/shops/a/leads", client(),
                    "{\"email\":\"victim@example.org\",\"consent\":{\"marketing\":true}}");
            assertThat(lead.status()).isEqualTo(201);
            assertThat(lead.json().path("consent").path("marketing").asText()).isEqualTo("pending_confirmation");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("victim@example.org").isEmpty());
        assertThat(mailsTo("victim@example.org")).hasSize(1);
        assertThat(mailsTo("victim@example.org").get(0).path("subject").asText()).contains("confirm");
        assertThat(consent("victim@example.org")).as("no consent without confirmation").isFalse();
    }

    @Test
    void consentIsRecordedByThePostOfTheConfirmationPageNotByItsLink() {
        host.post("api/v1/shops/a/leads", client(), "{\"email\":\"real@example.org\",\"consent\":{\"marketing\":true}}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo("real@example.org").isEmpty());
        Matcher link = CONFIRM.matcher(mailsTo("real@example.org").get(0).path("text").asText());
        assertThat(link.find()).isTrue();
        String path = link.group().substring(link.group().indexOf("api/v1/"));

        AbuseHost.Answer page = host.get(path, client());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\"").contains("real@example.org");
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("script-src");
        assertThat(consent("real@example.org")).as("a link scanner's GET changes nothing").isFalse();

        AbuseHost.Answer confirmed = host.send("POST", path + "&page=1", headers(client(),
                Map.of("Content-Type", "application/x-www-form-urlencoded")), "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(consent("real@example.org")).isTrue();

        String token = path.substring(path.indexOf("token=") + 6);
        assertThat(host.get("api/v1/unsubscribe?token=" + token, client()).status())
                .as("a confirmation token is no unsubscribe token").isEqualTo(400);
        assertThat(host.get("api/v1/preferences?token=" + token, client()).status())
                .as("nor does it open the preference page").isEqualTo(400);
    }

    @Test
    void theShopsServerMayVouchForConsentItCollected() {
        AbuseHost.Answer lead = host.post("api/v1/shops/a/leads", headers(bearer(AbuseHost.KEY_A), client()),
                "{\"email\":\"vouched@example.org\",\"consent\":{\"marketing\":true}}");
        assertThat(lead.status()).isEqualTo(201);
        assertThat(lead.json().path("consent").path("marketing").asText()).isEqualTo("given");
        assertThat(consent("vouched@example.org")).isTrue();
        assertThat(mailsTo("vouched@example.org")).isEmpty();
    }

    @Test
    void aLeadWhoseConsentIsNeverConfirmedIsDeletedOnceTheConfirmationPeriodIsOver(@TempDir Path dir) {
        try (TestHost short_ = TestHost.builder(dir).config("""
                host:
                  adminToken: %s
                  leads: { confirmWithin: PT2S }
                shops:
                  s: { currency: EUR, apiKeys: [ "%s" ], plugins: [ lead-scoring ] }
                """.formatted(AbuseHost.ADMIN, AbuseHost.KEY_A)).plugin(Plugins.zip("lead-scoring")).start()) {
            ApiClient browser = short_.client();
            ApiClient server = short_.client().withHeaders(bearer(AbuseHost.KEY_A));
            assertThat(browser.post("/api/v1/shops/s/leads", "{\"email\":\"stranger@example.org\",\"name\":\"Typed by someone\","
                    + "\"consent\":{\"marketing\":true}}").status()).isEqualTo(201);
            assertThat(browser.post("/api/v1/shops/s/leads", "{\"email\":\"plain@example.org\"}").status()).isEqualTo(201);
            assertThat(server.post("/api/v1/shops/s/leads", "{\"email\":\"vouched@example.org\",\"consent\":{\"marketing\":true}}")
                    .status()).isEqualTo(201);
            assertThat(server.get("/api/v1/shops/s/customers/stranger@example.org").status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).until(() ->
                    server.get("/api/v1/shops/s/customers/stranger@example.org").status() == 404);
            assertThat(server.get("/api/v1/shops/s/customers/plain@example.org").status()).as("no consent asked").isEqualTo(200);
            assertThat(server.get("/api/v1/shops/s/customers/vouched@example.org").status()).isEqualTo(200);
        }
    }

    @Test
    void theFirstOrderCouponIsNotOfferedAgainOnceTheCustomerOrderedWhateverTheAddressesCase(@TempDir Path dir) {
        try (TestHost shop = TestHost.builder(dir).config("""
                host:
                  rateLimits: { enabled: false }
                shops:
                  s:
                    currency: EUR
                    apiKeys: [ "%s" ]
                    plugins:
                      - id: conversion-offers
                        settings: { firstOrderDiscountPercent: 10, firstOrderCoupon: WELCOME10, freeShipping: false }
                """.formatted(AbuseHost.KEY_A)).plugin(Plugins.zip("conversion-offers")).start()) {
            ApiClient browser = shop.client();
            ApiClient server = shop.client().withHeaders(bearer(AbuseHost.KEY_A));
            String cart = "{\"currency\":\"EUR\",\"customerEmail\":\"%s\",\"lines\":[{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"20.00\"}]}";
            assertThat(browser.post("/api/v1/shops/s/cart/evaluate", cart.formatted("Once@Example.org")).body()).contains("WELCOME10");
            assertThat(server.post("/api/v1/shops/s/orders", """
                    {"orderId":"first-1","customerEmail":"Once@Example.org","currency":"EUR",
                     "lines":[{"sku":"beans","quantity":1,"unitPrice":"20.00"}],"total":"18.00"}""").status()).isEqualTo(201);
            for (String again : List.of("Once@Example.org", "once@example.org", "ONCE@EXAMPLE.ORG", "  once@example.org ")) {
                ApiClient.Response answer = browser.post("/api/v1/shops/s/cart/evaluate", cart.formatted(again));
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).as("cart of %s", again).doesNotContain("WELCOME10");
            }
        }
    }

    @Test
    void nextOrderCouponsAreBoundToTheShopAndTheOrder() {
        String a1 = couponOf("a", AbuseHost.KEY_A, "coupon-1");
        String a2 = couponOf("a", AbuseHost.KEY_A, "coupon-2");
        String b1 = couponOf("b", AbuseHost.KEY_B, "coupon-1");
        assertThat(a1).isNotBlank().isNotEqualTo(a2).isNotEqualTo(b1);
        assertThat(couponOf("a", AbuseHost.KEY_A, "coupon-1")).as("the same order repeated").isEqualTo(a1);
    }

    private static String couponOf(String shop, String key, String orderId) {
        String token = host.placeOrder(shop, key, orderId, "buyer@example.org", "Buyer");
        JsonNode page = host.get("api/v1/shops/" + shop + "/orders/" + orderId + "/thank-you?token=" + token, client()).json();
        return StreamSupport.stream(page.path("blocks").spliterator(), false)
                .filter(b -> b.path("type").asText().equals("COUPON")).map(b -> b.path("code").asText())
                .findFirst().orElseThrow(() -> new AssertionError("no coupon on " + page));
    }

    private static List<JsonNode> mailsTo(String address) {
        JsonNode outbox = host.get("admin/outbox", headers(bearer(AbuseHost.ADMIN), client())).json();
        return StreamSupport.stream(outbox.path("mails").spliterator(), false)
                .filter(m -> m.path("to").asText().equals(address)).toList();
    }

    private static boolean consent(String address) {
        JsonNode export = host.get("api/v1/shops/a/customers/" + address, headers(bearer(AbuseHost.ADMIN), client())).json();
        return export.toString().contains("\"marketingConsent\":true");
    }
}
