package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import dev.salescycle.testkit.TestHost;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API needs the token; it and /metrics show each plugin's hooks, schema and health. */
class AdminAndMetricsTest {

    static final String TOKEN = "test-admin-token-123";

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).config("""
                host:
                  adminToken: %s
                shops:
                  s:
                    currency: EUR
                    plugins: [ conversion-offers, fault-null ]
                """.formatted(TOKEN)).plugin(Plugins.zip("conversion-offers")).plugin(Plugins.zip("fault-null")).start();
        api = host.client();
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
        ApiClient.Response r = api.get("/metrics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("content-type")).startsWith("text/plain");
        assertThat(r.body()).containsPattern("salescycle_hook_calls_total\\{hook=\"conversion-offer\",plugin=\"conversion-offers\",shop=\"s\"} [1-9]")
                .containsPattern("salescycle_hook_errors_total\\{hook=\"conversion-offer\",plugin=\"fault-null\",shop=\"s\"} [1-9]")
                .contains("salescycle_hook_breaker_open").contains("jvm_memory_used_bytes");
    }
}
