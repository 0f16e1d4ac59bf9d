package dev.salescycle.plugins.conversionoffers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.HostClient;
import dev.salescycle.testkit.WithSalesCycleHost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The plugin in a real host over HTTP, loaded from its compiled classes in the test phase. */
@Timeout(120)
@WithSalesCycleHost(shop = "coffee", settings = {"freeShippingThreshold: \"40.00\"", "firstOrderDiscountPercent: 15"})
class ConversionOffersHttpTest {

    private static Map<String, Object> cart(String email, String unitPrice) {
        return Map.of("customerEmail", email, "currency", "EUR",
                "lines", List.of(Map.of("sku", "beans", "quantity", 2, "unitPrice", unitPrice)));
    }

    @Test
    void aNewShopperGetsTheConfiguredFirstOrderDiscountAndTheNudge(HostClient client) {
        HostClient.Answer answer = client.evaluateCart("coffee", cart("new@example.com", "15.00"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode offers = answer.json().path("offers");
        assertThat(offers.findValuesAsText("type")).containsExactly("DISCOUNT", "NUDGE");
        assertThat(offers.findValuesAsText("plugin")).containsOnly("conversion-offers");
        assertThat(offers.get(0).path("percentOff").decimalValue()).isEqualByComparingTo("15");
        assertThat(offers.get(0).path("discount").asText()).isEqualTo("4.50");
        assertThat(offers.get(1).path("message").asText()).isEqualTo("Add 10.00 EUR more for free shipping");
        assertThat(offers.get(1).path("price").isNull()).isTrue();
    }

    @Test
    void aCartOverTheConfiguredThresholdShipsFree(HostClient client) {
        HostClient.Answer answer = client.evaluateCart("coffee", cart("new@example.com", "20.00"));

        assertThat(answer.json().path("offers").findValuesAsText("type")).contains("FREE_SHIPPING");
    }

    @Test
    void aCartInAnotherCurrencyIsRefusedWithAJsonError(HostClient client) {
        HostClient.Answer answer = client.evaluateCart("coffee", Map.of("currency", "GBP", "lines", List.of()));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isNotBlank();
    }
}
