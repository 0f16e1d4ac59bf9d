package dev.salescycle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** {@code java -jar host-demo.jar} as a real process, with its plugins found next to the jar as the build leaves them. */
@Timeout(600)
class PackagedJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @Test
    void theSampleShopsAnswerCartsWithTheirOwnPlugins() throws Exception {
        try (DemoProcess demo = DemoProcess.start(temp, "--port", "0", "--data", temp.resolve("data").toString())) {
            assertThat(health(demo.baseUri()).path("status").asText()).as(demo.output()).isEqualTo("UP");

            JsonNode coffee = post(demo.baseUri().resolve("/api/v1/shops/demo-coffee/cart/evaluate"), """
                    {"currency":"EUR","lines":[{"sku":"beans-espresso","quantity":1,"unitPrice":"24.90"}]}""");
            assertThat(coffee.path("offers").findValuesAsText("plugin")).isNotEmpty().containsOnly("conversion-offers");
            assertThat(coffee.path("recommendations").findValuesAsText("plugin")).isNotEmpty()
                    .containsOnly("co-purchase-upsell");

            JsonNode tea = post(demo.baseUri().resolve("/api/v1/shops/demo-tea/cart/evaluate"), """
                    {"currency":"GBP","lines":[{"sku":"tea-sencha","quantity":1,"unitPrice":"9.50"}]}""");
            assertThat(tea.path("offers")).isEmpty();
            assertThat(tea.path("recommendations").findValuesAsText("plugin")).isNotEmpty()
                    .containsOnly("co-purchase-upsell");
        }
    }

    @Test
    void startsFromAnOperatorsOwnConfigFile() throws Exception {
        Path config = Files.writeString(temp.resolve("corner.yaml"), """
                shops:
                  corner-shop:
                    currency: EUR
                    plugins:
                      - id: lead-scoring
                        settings: { hotScore: 30 }
                """);
        try (DemoProcess demo = DemoProcess.start(temp, "--config", config.toString(), "--port", "0",
                "--data", temp.resolve("data").toString())) {
            assertThat(demo.output()).contains("config:  " + config);
            JsonNode health = health(demo.baseUri());
            assertThat(health.path("shops").toString()).isEqualTo("[\"corner-shop\"]");
            assertThat(health.path("plugins").findValuesAsText("id")).contains("lead-scoring");

            JsonNode lead = post(demo.baseUri().resolve("/api/v1/shops/corner-shop/leads"), """
                    {"email":"ola@example.org","source":"referral","consent":{"marketing":true}}""");
            assertThat(lead.path("score").asInt()).isPositive();
        }
    }

    private static JsonNode health(URI base) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode post(URI uri, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return JSON.readTree(r.body());
    }
}
