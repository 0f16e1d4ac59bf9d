package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.plugin.InsuranceReads;
import com.example.plugin.WrapDeclares;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real host started by the extension from compiled classes (no zip), shops written in Java, a client with typed
 * answers. The plugin's second hook reads a setting only its first declares: settings are per plugin.
 */
@Timeout(120)
class SalesCycleHostExtensionTest {

    static final Path CLASSES = CompiledClasses.of(folder(), WrapDeclares.class, InsuranceReads.class);

    @RegisterExtension
    static final SalesCycleHostExtension HOST = SalesCycleHostExtension.withShops(
                    TestShop.named("gifts").plugin("wrap", Map.of("price", "3.00")),
                    TestShop.named("tea").currency("GBP").plugin("wrap"))
            .compiledPlugin("wrap", CLASSES);

    static final Map<String, Object> MUG = Map.of("sku", "mug", "quantity", 1, "unitPrice", "8.00");

    private static Path folder() {
        try {
            return Files.createTempDirectory("compiled-wrap-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> prices(JsonNode offers) {
        Map<String, String> byId = new java.util.TreeMap<>();
        offers.forEach(o -> byId.put(o.path("id").asText(), o.path("price").asText()));
        return byId;
    }

    @Test
    void bothHooksReadThePluginsSettingThoughOnlyOneDeclaresIt(HostClient client) {
        HostClient.Answer answer = client.evaluateCart("gifts", Map.of("currency", "EUR", "lines", List.of(MUG)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode offers = answer.json().path("offers");
        assertThat(prices(offers)).containsExactlyInAnyOrderEntriesOf(Map.of("gift-wrap", "3.00", "insurance", "6.00"));
        assertThat(offers.findValuesAsText("type")).containsOnly("ADD_ON");
        assertThat(offers.findValuesAsText("plugin")).containsOnly("wrap");
        assertThat(answer.json().path("skipped")).isEmpty();
    }

    @Test
    void eachShopHasItsCurrencyAndTheDeclaredDefault(HostClient client) {
        HostClient.Answer answer = client.evaluateCart("tea", Map.of("currency", "GBP", "lines", List.of(MUG)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(prices(answer.json().path("offers")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("gift-wrap", "2.50", "insurance", "5.00"));
    }

    @Test
    void theClientSendsEachShopsKeyOnItsServerRoutes(HostClient client, RunningHost host) {
        String products = "[{\"sku\":\"mug\",\"name\":\"Mug\",\"price\":\"8.00\",\"currency\":\"EUR\"}]";

        HostClient.Answer withKey = client.put("/api/v1/shops/gifts/products", products);
        ApiClient.Response withoutKey = new ApiClient(host.baseUri()).put("/api/v1/shops/gifts/products", products);

        assertThat(withKey.status()).as(withKey.body()).isEqualTo(200);
        assertThat(withKey.json().path("upserted").asInt()).isEqualTo(1);
        assertThat(withoutKey.status()).isEqualTo(401);
        assertThat(host.shopKey("gifts")).isNotEqualTo(host.shopKey("tea")).startsWith("test-key-");
        assertThat(client.get("/health").status()).isEqualTo(200);
    }

    @Test
    void anErrorAnswerIsJsonWithItsCode(HostClient client) {
        HostClient.Answer answer = client.evaluateCart("gifts", Map.of("currency", "USD", "lines", List.of(MUG)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isNotBlank();
    }
}
