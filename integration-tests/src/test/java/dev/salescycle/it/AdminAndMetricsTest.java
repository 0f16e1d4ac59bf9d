package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** The admin API needs the token; it and /metrics show each plugin's hooks, schema and health. */
@Timeout(600)
class AdminAndMetricsTest {

    static final String TOKEN = "test-admin-token-123";

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  adminToken: %s
                shops:
                  s:
                    currency: EUR
                    plugins: [ conversion-offers, fault-null ]
                """.formatted(TOKEN))).plugin(Plugins.zip("conversion-offers")).plugin(Plugins.zip("fault-null")).start();
        api = TestKeys.client(host);
        api.post("/api/v1/shops/s/cart/evaluate", "{\"currency\":\"EUR\",\"lines\":[]}");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void adminCallsWithoutTheRightTokenAre401Json() {
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Map.of("Authorization", "Bearer wrong"),
                Map.of("Authorization", TOKEN))) {
            ApiClient.Response r = api.get("/admin/plugins", headers);
            assertThat(r.status()).isEqualTo(401);
            assertThat(FiveStagesTest.json(r).get("error").get("code").asText()).isEqualTo("unauthorized");
        }
    }

    @Test
    void pluginsListTheirSettingsSchema() {
        JsonNode plugins = FiveStagesTest.json(api.get("/admin/plugins", Map.of("Authorization", "Bearer " + TOKEN)));
        JsonNode offers = null;
        for (JsonNode p : plugins) {
            if (p.get("id").asText().equals("conversion-offers")) {
                offers = p;
            }
        }
        assertThat(offers).isNotNull();
        assertThat(offers.get("shops").toString()).isEqualTo("[\"s\"]");
        assertThat(offers.get("settings").findValuesAsText("name")).contains("freeShippingThreshold", "firstOrderDiscountPercent");
        assertThat(offers.get("settings").toString()).contains("\"type\":\"DECIMAL\"");
    }

    @Test
    void shopsShowEachHooksCountsAndBreaker() {
        JsonNode shops = FiveStagesTest.json(api.get("/admin/shops", Map.of("Authorization", "Bearer " + TOKEN)));
        JsonNode hooks = shops.get(0).get("hooks");
        boolean sawNull = false;
        for (JsonNode h : hooks) {
            if (h.get("plugin").asText().equals("fault-null") && h.get("hook").asText().equals("conversion-offer")) {
                assertThat(h.get("calls").asLong()).isGreaterThanOrEqualTo(1);
                assertThat(h.get("errors").asLong()).isEqualTo(h.get("calls").asLong());
                assertThat(h.get("breaker").asText()).isEqualTo("CLOSED");
                sawNull = true;
            }
        }
        assertThat(sawNull).isTrue();
    }

    @Test
    void metricsArePrometheusTextTaggedByShopPluginAndHook() {
        ApiClient.Response r = api.get("/metrics", Http.bearer(TOKEN));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("content-type")).startsWith("text/plain");
        assertThat(r.body()).containsPattern("salescycle_hook_calls_total\\{hook=\"conversion-offer\",plugin=\"conversion-offers\",shop=\"s\"} [1-9]")
                .containsPattern("salescycle_hook_errors_total\\{hook=\"conversion-offer\",plugin=\"fault-null\",shop=\"s\"} [1-9]")
                .contains("salescycle_hook_breaker_state{hook=\"conversion-offer\",plugin=\"fault-null\",shop=\"s\"} 0.0")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void pluginsShowTheirRealStateVersionHooksAndEachShopsCounts() {
        JsonNode offers = pluginNamed("conversion-offers");
        assertThat(offers.get("state").asText()).isEqualTo("STARTED");
        assertThat(offers.get("version").asText()).isEqualTo(Plugins.VERSION);
        assertThat(offers.get("hooks").toString()).contains("\"conversion-offer\"");
        JsonNode counts = hookCounts(offers, "s", "conversion-offer");
        assertThat(counts.get("calls").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("errors").asLong()).isZero();
        assertThat(counts.get("timeouts").asLong()).isZero();
        assertThat(counts.get("breaker").asText()).isEqualTo("CLOSED");
        JsonNode nulls = hookCounts(pluginNamed("fault-null"), "s", "conversion-offer");
        assertThat(nulls.get("errors").asLong()).isEqualTo(nulls.get("calls").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void breakerOpenAndHalfOpenAreToldApartInTheAdminApiAndInMetrics(@TempDir Path own) {
        try (TestHost failing = TestHost.builder(own).config(TestKeys.config("""
                host:
                  adminToken: %s
                  breaker: { window: 10, minCalls: 4, openFor: 300ms, halfOpenCalls: 1000 }
                shops:
                  b:
                    currency: EUR
                    plugins: [ fault-throws ]
                """.formatted(TOKEN))).plugin(Plugins.zip("fault-throws")).start()) {
            ApiClient client = TestKeys.client(failing);
            for (int i = 0; i < 4; i++) {
                assertThat(client.post("/api/v1/shops/b/cart/evaluate", "{\"currency\":\"EUR\",\"lines\":[]}").status()).isEqualTo(200);
            }
            assertThat(breaker(client)).isEqualTo("OPEN");
            assertThat(client.get("/metrics", Http.bearer(TOKEN)).body()).contains(BREAKER_GAUGE + " 1.0");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                client.post("/api/v1/shops/b/cart/evaluate", "{\"currency\":\"EUR\",\"lines\":[]}");
                return breaker(client).equals("HALF_OPEN");
            });
            assertThat(client.get("/metrics", Http.bearer(TOKEN)).body()).contains(BREAKER_GAUGE + " 2.0");
        }
    }

    static final String BREAKER_GAUGE = "salescycle_hook_breaker_state{hook=\"conversion-offer\",plugin=\"fault-throws\",shop=\"b\"}";

    private static String breaker(ApiClient client) {
        JsonNode plugin = FiveStagesTest.json(client.get("/admin/plugins/fault-throws", Map.of("Authorization", "Bearer " + TOKEN)));
        assertThat(plugin.get("state").asText()).isEqualTo("STARTED");
        return hookCounts(plugin, "b", "conversion-offer").get("breaker").asText();
    }

    private static JsonNode pluginNamed(String id) {
        for (JsonNode p : FiveStagesTest.json(api.get("/admin/plugins", Map.of("Authorization", "Bearer " + TOKEN)))) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no plugin " + id + " in /admin/plugins");
    }

    private static JsonNode hookCounts(JsonNode plugin, String shop, String hook) {
        for (JsonNode counts : plugin.get("hookCounts")) {
            if (counts.get("shop").asText().equals(shop) && counts.get("hook").asText().equals(hook)) {
                return counts;
            }
        }
        throw new AssertionError("no counts of " + shop + "/" + hook + " in " + plugin);
    }
}
