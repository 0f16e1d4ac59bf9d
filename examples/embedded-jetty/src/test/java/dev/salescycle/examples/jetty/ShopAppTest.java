package dev.salescycle.examples.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as its operator runs it: a real Jetty on a free port, the bundled plugin zips the build copied, the config
 * file; driven over HTTP through the app's {@code /sales/} mount.
 */
@Timeout(300)
class ShopAppTest {

    static final String ADMIN = "shop-app-admin-token-0123456789";
    static final String KEY = "corner-shop-api-key-0123456789";
    static final Map<String, String> SECRETS = Map.of("SALESCYCLE_ADMIN_TOKEN", ADMIN, "CORNER_SHOP_API_KEY", KEY);
    static final Pattern CONFIRM = Pattern.compile("https?://\\S+/api/v1/consent/confirm\\?token=\\S+");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theAppServesItsPagesAndTheSalesCycleUnderSalesThenStopsCompletely(@TempDir Path data) throws Exception {
        ShopApp app = new ShopApp(Path.of(System.getProperty("salescycle.config")), data, 0, null, SECRETS::get).start();
        String base = "http://127.0.0.1:" + app.port() + "/";
        try {
            assertThat(send("GET", base + "products/kettle", null, Map.of()).body()).isEqualTo("Corner shop: /products/kettle");

            String shop = base + "sales/api/v1/shops/corner-shop/";
            HttpResponse<String> lead = send("POST", shop + "leads",
                    "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"consent\":{\"marketing\":true}}", Map.of());
            assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
            assertThat(read(lead).path("consent").path("marketing").asText()).isEqualTo("pending_confirmation");

            HttpResponse<String> cart = send("POST", shop + "cart/evaluate",
                    "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"kettle\",\"quantity\":1,\"unitPrice\":\"24.00\"}]}", Map.of());
            assertThat(cart.statusCode()).as(cart.body()).isEqualTo(200);
            assertThat(read(cart).path("offers").findValuesAsText("plugin")).contains("conversion-offers");

            HttpResponse<String> order = send("POST", shop + "orders", """
                    {"orderId":"1001","customerEmail":"ada@example.org","customerName":"Ada","currency":"EUR",
                     "lines":[{"sku":"kettle","quantity":1,"unitPrice":"24.00"}],"total":"24.00"}""",
                    Map.of("Authorization", "Bearer " + KEY, "Idempotency-Key", "order-1001"));
            assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
            assertThat(read(order).path("thankYou").path("blocks").size()).isPositive();
            assertThat(read(order).path("retention").path("scheduled").asInt()).isPositive();

            assertThat(send("GET", base + "sales/sdk/v1/salescycle.js", null, Map.of()).statusCode())
                    .as("the storefront loader, for the app's pages").isEqualTo(200);
            assertThat(send("GET", base + "sales/console/", null, Map.of()).body()).contains("Salescycle console");

            assertThat(send("GET", base + "sales/metrics", null, Map.of()).statusCode())
                    .as("metrics are the operator's").isEqualTo(401);
            assertThat(send("GET", base + "sales/metrics", null, Map.of("Authorization", "Bearer " + ADMIN)).body())
                    .contains("salescycle_");

            Map<String, String> operator = Map.of("Authorization", "Bearer " + ADMIN);
            await().atMost(Duration.ofSeconds(30)).until(() -> read(send("GET", base + "sales/admin/outbox", null, operator))
                    .path("mails").size() > 0);
            String mail = read(send("GET", base + "sales/admin/outbox", null, operator)).path("mails").get(0).path("text").asText();
            Matcher link = CONFIRM.matcher(mail);
            assertThat(link.find()).as(mail).isTrue();
            assertThat(link.group()).startsWith(base + "sales/api/v1/consent/confirm?token=");
            HttpResponse<String> page = send("GET", link.group(), null, Map.of());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("ada@example.org");
        } finally {
            app.close();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("salescycle-")).map(Thread::getName).toList()).isEmpty());
    }

    private HttpResponse<String> send(String method, String url, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }
}
