package dev.salescycle.plugins.retentiondrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.testkit.HostClient;
import dev.salescycle.testkit.WithSalesCycleHost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The plugin's own check of its steps (validate) runs on an operator's change through the admin API too, not only
 * at start-up: a step without delay is refused naming the step and field, and a good change is applied.
 */
@Timeout(120)
@WithSalesCycleHost(shop = "tea")
class StepsOnAdminChangeTest {

    private static Map<String, Object> steps(String after) {
        return Map.of("settings", Map.of("steps", List.of(Map.of("after", "P1D", "template", "welcome"),
                Map.of("after", after, "template", "education"))));
    }

    @Test
    void aStepWithoutDelayIsRefusedNamingItsField(HostClient client) {
        HostClient.Answer refused = client.put("/admin/shops/tea/plugins/retention-drip", steps("PT0S"));

        assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.json().path("error").path("message").asText())
                .contains("steps[1].after: expected an ISO-8601 duration above zero");
    }

    @Test
    void aGoodChangeIsApplied(HostClient client) {
        HostClient.Answer applied = client.put("/admin/shops/tea/plugins/retention-drip", steps("P7D"));

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    }
}
