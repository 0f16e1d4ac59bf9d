package dev.salescycle.it.abuse;

import static dev.salescycle.it.abuse.AbuseHost.bearer;
import static dev.salescycle.it.abuse.AbuseHost.client;
import static dev.salescycle.it.abuse.AbuseHost.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OWASP API5:2023, broken function level authorization: what a browser may call (no secret) never reaches the
 * shop server's routes or the operator's, not even through CORS; a shop key never reaches the operator's.
 */
@Timeout(600)
class FunctionLevelAuthorizationTest extends AbuseTest {

    private static final List<String[]> SERVER_ROUTES = List.of(new String[] {"POST", "api/v1/shops/a/orders"},
            new String[] {"POST", "api/v1/shops/a/orders/import"}, new String[] {"GET", "api/v1/shops/a/orders/o-1/messages"},
            new String[] {"GET", "api/v1/shops/a/learning?position=1"},
            new String[] {"GET", "api/v1/shops/a/products"}, new String[] {"PUT", "api/v1/shops/a/products"},
            new String[] {"GET", "api/v1/shops/a/customers/ann@example.org"},
            new String[] {"DELETE", "api/v1/shops/a/customers/ann@example.org"});
    private static final List<String[]> OPERATOR_ROUTES = List.of(new String[] {"GET", "api/v1/shops"},
            new String[] {"GET", "metrics"}, new String[] {"GET", "admin/plugins"}, new String[] {"POST", "admin/plugins"},
            new String[] {"GET", "admin/shops"}, new String[] {"GET", "admin/outbox"}, new String[] {"GET", "admin/config"},
            new String[] {"PUT", "admin/shops/a/plugins/lead-scoring"}, new String[] {"DELETE", "admin/plugins/lead-scoring"},
            new String[] {"GET", "admin/shops/a/funnel"}, new String[] {"GET", "admin/shops/a/experiments"},
            new String[] {"POST", "admin/shops/a/experiments"}, new String[] {"GET", "admin/shops/a/experiments/e"},
            new String[] {"POST", "admin/shops/a/experiments/e/start"}, new String[] {"POST", "admin/shops/a/experiments/e/stop"},
            new String[] {"POST", "admin/shops/a/experiments/e/promote"},
            new String[] {"POST", "admin/shops/a/experiments/e/revert"},
            new String[] {"GET", "admin/shops/a/plugins/lead-scoring"}, new String[] {"DELETE", "admin/session"},
            new String[] {"GET", "admin/shops/a/messages"});

    @Test
    void theContractsDescriptionIsReadByAnyoneWithoutSecretFromTheBrowserBucket() {
        AbuseHost.Answer description = host.get("api/v1/openapi.json", client());
        assertThat(description.status()).isEqualTo(200);
        assertThat(description.header("Content-Type")).startsWith("application/json");
        assertThat(description.json().path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(description.header("RateLimit-Limit")).as("the browser routes' bucket").isEqualTo("10000");
        AbuseHost.Answer head = host.send("HEAD", "api/v1/openapi.json", client(), null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(host.send("PUT", "api/v1/openapi.json", headers(client(), Map.of("Content-Type", "application/json")), "{}")
                .status()).isEqualTo(405);
        assertThat(host.get("api/v1/openapi.json", headers(bearer(AbuseHost.KEY_A), client())).status())
                .as("a credential changes nothing on a route that takes none, as on /health").isEqualTo(200);
    }

    @Test
    void aBrowserWithoutSecretReachesNoServerOrOperatorRoute() {
        for (String[] route : concat(SERVER_ROUTES, OPERATOR_ROUTES)) {
            AbuseHost.Answer refused = host.send(route[0], route[1], headers(client(), Map.of("Origin", AbuseHost.ORIGIN_A,
                    "Content-Type", "application/json")), route[0].equals("GET") || route[0].equals("DELETE") ? null : "{}");
            assertThat(refused.status()).as(route[0] + " " + route[1]).isEqualTo(401);
            assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void aShopKeyReachesNoOperatorRoute() {
        for (String[] route : OPERATOR_ROUTES) {
            AbuseHost.Answer refused = host.send(route[0], route[1], headers(bearer(AbuseHost.KEY_A), client(),
                    Map.of("Content-Type", "application/json")), route[0].equals("GET") || route[0].equals("DELETE") ? null : "{}");
            assertThat(refused.status()).as(route[0] + " " + route[1]).isEqualTo(401);
        }
    }

    @Test
    void corsPreflightsOfServerAndOperatorRoutesAreRefusedEvenFromTheShopsOrigin() {
        for (String[] route : concat(SERVER_ROUTES, OPERATOR_ROUTES)) {
            AbuseHost.Answer preflight = host.send("OPTIONS", route[1], headers(client(), Map.of("Origin", AbuseHost.ORIGIN_A,
                    "Access-Control-Request-Method", route[0], "Access-Control-Request-Headers", "authorization")), null);
            assertThat(preflight.status()).as(route[1]).isEqualTo(403);
            assertThat(preflight.error()).isEqualTo("cors_refused");
            assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void theBrowserRoutesPreflightOnlyForTheShopsOriginMethodsAndHeaders() {
        AbuseHost.Answer ok = host.send("OPTIONS", "api/v1/shops/a/cart/evaluate", headers(client(), Map.of("Origin",
                AbuseHost.ORIGIN_A, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type")), null);
        assertThat(ok.status()).isEqualTo(204);
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo(AbuseHost.ORIGIN_A);
        assertThat(ok.header("Access-Control-Allow-Methods")).isEqualTo("POST");
        assertThat(ok.header("Access-Control-Allow-Headers")).containsIgnoringCase("content-type");
        assertThat(ok.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(ok.header("Vary")).contains("Origin");
        for (Map<String, String> bad : List.of(Map.of("Origin", "https://b.example", "Access-Control-Request-Method", "POST"),
                Map.of("Origin", AbuseHost.ORIGIN_A, "Access-Control-Request-Method", "PUT"),
                Map.of("Origin", AbuseHost.ORIGIN_A, "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                        "authorization"))) {
            assertThat(host.send("OPTIONS", "api/v1/shops/a/cart/evaluate", headers(client(), bad), null).status())
                    .as(bad.toString()).isEqualTo(403);
        }
    }

    @Test
    void theStorefrontScriptsAreForAnyoneAndACredentialSentWithThemIsNeitherCheckedNorCounted() {
        Map<String, String> wrongKey = headers(client(), bearer("not-a-key-of-anyone-0000000"));
        for (String path : List.of("sdk/v1/salescycle.js", "sdk/v1/components/base.js", "sdk/v1/components/salescycle-offers.js")) {
            for (Map<String, String> caller : List.of(client(), wrongKey, headers(client(), Map.of("Origin", "https://b.example")))) {
                AbuseHost.Answer answer = host.get(path, caller);
                assertThat(answer.status()).as(path + " " + caller).isEqualTo(200);
                assertThat(answer.header("Cross-Origin-Resource-Policy")).isEqualTo("cross-origin");
                assertThat(answer.header("Set-Cookie")).isNull();
            }
        }
        assertThat(host.get("api/v1/shops/a/products", wrongKey).status()).as("no backoff was counted for the address")
                .isEqualTo(401);
    }

    @Test
    void installingPluginCodeOverHttpIsOffUnlessTurnedOn() {
        AbuseHost.Answer refused = host.send("POST", "admin/plugins?file=x.jar", headers(bearer(AbuseHost.ADMIN), client(),
                Map.of("Content-Type", "application/x-www-form-urlencoded")), "PK-not-really-a-jar");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("upload_disabled");
        assertThat(host.host().pluginsDir().resolve("x.jar")).doesNotExist();
    }

    private static List<String[]> concat(List<String[]> a, List<String[]> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
