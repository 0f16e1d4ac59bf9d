package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.HostClient;
import dev.salescycle.testkit.RunningHost;
import dev.salescycle.testkit.WithSalesCycleHost;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The plugin in a real host over HTTP, in the test phase: the host loads it from the compiled classes, with one
 * shop ({@code test-shop}, EUR) enabling it with these settings; the client sends the shop's key for you.
 */
@Timeout(120)
@WithSalesCycleHost(settings = {"maxItems: 2", "reason: \"A favourite here\""})
class BestSellerUpsellHttpTest {

    @Test
    void recommendsTheShopsBestSellersForACart(HostClient client, RunningHost host) {
        HostClient.Answer products = client.put("/api/v1/shops/test-shop/products", List.of(
                product("beans", "Espresso beans", "12.50"), product("mug", "Mug", "8.00"),
                product("filters", "Paper filters", "3.20"), product("tea", "Green tea", "6.00")));
        assertThat(products.status()).as(products.body()).isEqualTo(200);
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            String second = i < 6 ? "mug" : i < 9 ? "filters" : "tea";
            history.append("{\"orderId\":\"past-").append(i).append("\",\"currency\":\"EUR\",\"lines\":[")
                    .append("{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"},")
                    .append("{\"sku\":\"").append(second).append("\",\"quantity\":1,\"unitPrice\":\"8.00\"}]}\n");
        }
        HostClient.Answer imported = client.post("/api/v1/shops/test-shop/orders/import", history.toString(),
                Map.of("Content-Type", "application/x-ndjson"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        host.awaitPluginsIdle(Duration.ofSeconds(30));

        HostClient.Answer answer = client.evaluateCart("test-shop", Map.of("currency", "EUR",
                "lines", List.of(Map.of("sku", "beans", "quantity", 1, "unitPrice", "12.50"))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode recommendations = answer.json().path("recommendations");
        assertThat(recommendations.findValuesAsText("sku")).containsExactly("mug", "filters");
        assertThat(recommendations.get(0).path("name").asText()).isEqualTo("Mug");
        assertThat(recommendations.get(0).path("reason").asText()).isEqualTo("A favourite here");
        assertThat(answer.json().path("skipped")).isEmpty();
    }

    private static Map<String, String> product(String sku, String name, String price) {
        return Map.of("sku", sku, "name", name, "price", price, "currency", "EUR");
    }
}
