package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * Two real plugins listed as order-b, order-a: order-a's upsell declares runsBefore order-b and order-b's
 * offer declares runsAfter order-a, so in the cart answer both kinds come in the opposite of list order.
 */
@Timeout(600)
class HookOrderOverHttpTest {

    @Test
    void runsBeforeAndRunsAfterOverrideTheListOrder(@TempDir Path dir) {
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config("""
                shops:
                  s:
                    currency: EUR
                    plugins: [ order-b, order-a ]
                """)).plugin(Plugins.zip("order-a")).plugin(Plugins.zip("order-b")).start()) {
            JsonNode answer = FiveStagesTest.json(TestKeys.client(host).post("/api/v1/shops/s/cart/evaluate",
                    "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"x\",\"quantity\":1,\"unitPrice\":\"5.00\"}]}"));
            assertThat(answer.get("skipped")).isEmpty();
            assertThat(answer.get("recommendations").findValuesAsText("plugin")).as("upsell: runsBefore")
                    .containsExactly("order-a", "order-b");
            assertThat(answer.get("offers").findValuesAsText("plugin")).as("offers: runsAfter")
                    .containsExactly("order-a", "order-b");
        }
    }
}
