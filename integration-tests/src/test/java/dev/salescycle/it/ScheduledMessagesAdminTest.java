package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The operator's view of a shop's retention messages: counts by status and the messages still to be sent. */
@Timeout(300)
class ScheduledMessagesAdminTest {

    static final String TOKEN = "messages-admin-token-1";
    static final Map<String, String> ADMIN = Map.of("Authorization", "Bearer " + TOKEN);

    @Test
    void theMessagesStillToBeSentAreListedSoonestFirstWithTheirOrders(@TempDir Path dir) {
        try (TestHost host = TestHost.builder(dir).plugin(Plugins.zip("retention-drip")).config(TestKeys.config("""
                host:
                  adminToken: %s
                shops:
                  s:
                    currency: EUR
                    plugins:
                      - id: retention-drip
                        settings: { steps: [ { after: P3D, template: review-request }, { after: PT1H, template: welcome } ] }
                  t: { currency: EUR, plugins: [] }
                """.formatted(TOKEN))).start()) {
            ApiClient api = TestKeys.client(host);
            for (String id : List.of("o-1", "o-2")) {
                ApiClient.Response placed = api.post("/api/v1/shops/s/orders", """
                        {"orderId":"%s","customerEmail":"%s@example.org","currency":"EUR",
                         "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}""".formatted(id, id));
                assertThat(placed.status()).as(placed.body()).isEqualTo(201);
            }

            ApiClient.Response answer = api.get("/admin/shops/s/messages", ADMIN);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode messages = FiveStagesTest.json(answer);
            assertThat(messages.get("counts").get("scheduled").asLong()).isEqualTo(4);
            assertThat(messages.get("counts").get("sent").asLong()).isZero();
            List<String> listed = new ArrayList<>();
            messages.get("scheduled").forEach(m -> listed.add(m.get("template").asText() + " " + m.get("orderId").asText()));
            assertThat(listed.subList(0, 2)).containsExactlyInAnyOrder("welcome o-1", "welcome o-2");
            assertThat(listed.subList(2, 4)).containsExactlyInAnyOrder("review-request o-1", "review-request o-2");
            assertThat(messages.get("scheduled").get(0).get("plugin").asText()).isEqualTo("retention-drip");

            JsonNode none = FiveStagesTest.json(api.get("/admin/shops/t/messages", ADMIN));
            assertThat(none.get("scheduled")).isEmpty();
            assertThat(api.get("/admin/shops/nope/messages", ADMIN).status()).isEqualTo(404);
            assertThat(api.get("/admin/shops/s/messages").status()).as("without the admin token").isEqualTo(401);
        }
    }
}
