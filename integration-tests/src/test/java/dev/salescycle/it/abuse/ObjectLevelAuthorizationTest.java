package dev.salescycle.it.abuse;

import static dev.salescycle.it.abuse.AbuseHost.bearer;
import static dev.salescycle.it.abuse.AbuseHost.client;
import static dev.salescycle.it.abuse.AbuseHost.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** OWASP API1:2023, broken object level authorization: shop a's key and thank-you tokens never reach shop b's data. */
@Timeout(600)
class ObjectLevelAuthorizationTest extends AbuseTest {

    @Test
    void aShopKeyReachesOnlyItsOwnShop() {
        assertThat(host.send("PUT", "api/v1/shops/a/products", headers(keyA(), Map.of("Content-Type", "application/json")),
                "[{\"sku\":\"beans\",\"name\":\"Beans\",\"price\":\"12.50\",\"currency\":\"EUR\"}]").status()).isEqualTo(200);
        host.placeOrder("b", AbuseHost.KEY_B, "b-1", "bea@example.org", "Bea");

        assertThat(host.send("PUT", "api/v1/shops/b/products", headers(keyA(), Map.of("Content-Type", "application/json")),
                "[{\"sku\":\"beans\",\"name\":\"Renamed\",\"price\":\"1.00\",\"currency\":\"EUR\"}]").status()).isEqualTo(401);
        assertThat(host.get("api/v1/shops/b/products", keyA()).status()).isEqualTo(401);
        assertThat(host.get("api/v1/shops/b/orders/b-1/messages", keyA()).status()).isEqualTo(401);
        assertThat(host.get("api/v1/shops/b/learning?position=1", keyA()).status()).isEqualTo(401);
        assertThat(host.get("api/v1/shops/b/customers/bea@example.org", keyA()).status()).isEqualTo(401);
        assertThat(host.send("DELETE", "api/v1/shops/b/customers/bea@example.org", keyA(), null).status()).isEqualTo(401);
        assertThat(host.post("api/v1/shops/b/orders", keyA(), """
                {"orderId":"b-2","customerEmail":"x@example.org","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"1.00"}],"total":"1.00"}""").status()).isEqualTo(401);
        assertThat(host.get("api/v1/shops/b/customers/bea@example.org", headers(bearer(AbuseHost.KEY_B), client()))
                .body()).contains("bea@example.org");
        assertThat(host.get("api/v1/shops/b/learning?position=1", headers(bearer(AbuseHost.KEY_B), client())).body())
                .contains("\"caughtUp\"");
    }

    /** Shop a's key from a client of its own: a wrong key counts against its client, and these are many. */
    private static Map<String, String> keyA() {
        return headers(bearer(AbuseHost.KEY_A), client());
    }

    @Test
    void aThankYouTokenOpensItsOwnOrderOnly() {
        String tokenA = host.placeOrder("a", AbuseHost.KEY_A, "same-id", "ann@example.org", "Ann Secret");
        String tokenB = host.placeOrder("b", AbuseHost.KEY_B, "same-id", "bob@example.org", "Bob Secret");
        host.placeOrder("a", AbuseHost.KEY_A, "other-id", "cy@example.org", "Cy Secret");
        assertThat(tokenA).hasSizeGreaterThan(40).isNotEqualTo(tokenB);

        AbuseHost.Answer own = host.get("api/v1/shops/a/orders/same-id/thank-you?token=" + tokenA, client());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("orderId").asText()).isEqualTo("same-id");
        for (String path : new String[] {"api/v1/shops/b/orders/same-id/thank-you?token=" + tokenA,
                "api/v1/shops/a/orders/other-id/thank-you?token=" + tokenA,
                "api/v1/shops/a/orders/same-id/thank-you?token=" + tokenB,
                "api/v1/shops/a/orders/same-id/thank-you?token=" + tokenA.substring(1),
                "api/v1/shops/a/orders/same-id/thank-you?format=html&token=x"}) {
            AbuseHost.Answer refused = host.get(path, client());
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("Secret");
        }
        AbuseHost.Answer noToken = host.get("api/v1/shops/a/orders/same-id/thank-you", client());
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.error()).isEqualTo("token_required");
    }
}
