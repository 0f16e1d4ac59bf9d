package dev.salescycle.samples.storefront;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.demo.DemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample shop's server over HTTP, beside a real host: its pages and their policy, and its checkout. */
@Timeout(300)
class SampleShopServerTest {

    private static final List<String> PAGES = List.of("index.html", "product.html", "cart.html", "thank-you.html");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static final AtomicReference<URI> hostUri = new AtomicReference<>();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static SampleShopServer shop;
    private static DemoServer host;

    @BeforeAll
    static void start() throws Exception {
        String key = TestHost.secret();
        shop = SampleShopServer.start(new SampleShopSettings("127.0.0.1", 0, hostUri::get, TestHost.SHOP, key));
        host = TestHost.start(temp, shop.baseUri(), key);
        hostUri.set(host.baseUri());
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void everyPageLoadsTheLoaderFromTheConfiguredHostUnderAStrictPolicyWithNothingInline() throws Exception {
        String hostOrigin = TestHost.origin(hostUri.get());
        for (String page : PAGES) {
            HttpResponse<String> answer = get(shop.baseUri().resolve(page));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue(
                    "default-src 'self'; script-src 'self' " + hostOrigin + "; connect-src 'self' " + hostOrigin
                            + "; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none';"
                            + " form-action 'self'; frame-ancestors 'none'");
            String html = answer.body();
            assertThat(html).contains("<script async src=\"" + hostOrigin + "/sdk/v1/salescycle.js\" data-shop=\""
                    + TestHost.SHOP + "\"></script>").doesNotContain(SampleShopSettings.DEFAULT_HOST);
            Matcher scripts = Pattern.compile("<script([^>]*)>([^<]*)</script>").matcher(html);
            while (scripts.find()) {
                assertThat(scripts.group(1)).as(page).contains(" src=");
                assertThat(scripts.group(2)).as(page).isBlank();
            }
            assertThat(html).as(page).doesNotContain("<style", " style=", " onclick=", " onload=", "javascript:");
        }
        assertThat(get(shop.baseUri()).body()).isEqualTo(get(shop.baseUri().resolve("index.html")).body());
        assertThat(get(shop.baseUri().resolve("js/shop.js")).headers().firstValue("Content-Security-Policy"))
                .isPresent();
        assertThat(get(shop.baseUri().resolve("nothing.html")).statusCode()).isEqualTo(404);
    }

    @Test
    void theCatalogueIsTheDemoShopsSoTheRecommendationsAreReal() throws Exception {
        JsonNode catalogue = JSON.readTree(get(shop.baseUri().resolve("products.json")).body());
        JsonNode demo;
        try (InputStream in = DemoServer.class.getClassLoader().getResourceAsStream("samples/demo-coffee.json")) {
            demo = JSON.readTree(in);
        }
        assertThat(catalogue.path("currency")).isEqualTo(demo.path("currency"));
        assertThat(catalogue.path("products")).hasSameSizeAs(demo.path("products"));
        for (int i = 0; i < demo.path("products").size(); i++) {
            JsonNode mine = catalogue.path("products").get(i);
            JsonNode theirs = demo.path("products").get(i);
            assertThat(List.of(mine.path("sku"), mine.path("name"), mine.path("price")))
                    .isEqualTo(List.of(theirs.path("sku"), theirs.path("name"), theirs.path("price")));
        }
    }

    @Test
    void checkoutPlacesTheOrderAtTheShopsPricesOnceAndTheBrowserReadsItsThankYouPage() throws Exception {
        String cart = """
                {"checkoutId": "test-checkout-1", "customerEmail": "ada@example.org", "customerName": "Ada",
                 "visitorId": "visitor-1", "refs": [],
                 "lines": [{"sku": "dripper-v60", "quantity": 2, "unitPrice": "0.01"}]}""";
        HttpResponse<String> placed = checkout(cart, "application/json");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        JsonNode order = JSON.readTree(placed.body());
        assertThat(order.path("orderId").asText()).isEqualTo("web-test-checkout-1");
        assertThat(order.path("total").asText()).as("the catalogue's price, not the browser's").isEqualTo("48.00");
        assertThat(order.path("thankYouToken").asText()).hasSizeGreaterThan(20);

        HttpResponse<String> again = checkout(cart, "application/json");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(again.body())).isEqualTo(order);
        assertThat(host.api().funnel(TestHost.SHOP).path("orders").path("count").asLong()).isEqualTo(1);

        URI thankYou = hostUri.get().resolve("api/v1/shops/" + TestHost.SHOP + "/orders/web-test-checkout-1/thank-you?token="
                + order.path("thankYouToken").asText());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(thankYou)
                .header("Origin", TestHost.origin(shop.baseUri())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).hasValue(TestHost.origin(shop.baseUri()));
        assertThat(JSON.readTree(page.body()).path("blocks")).isNotEmpty();
    }

    @Test
    void checkoutRefusesWhatTheShopDoesNotSellAndAnythingButJson() throws Exception {
        HttpResponse<String> unknown = checkout("""
                {"checkoutId": "test-checkout-2", "customerEmail": "bo@example.org",
                 "lines": [{"sku": "espresso-machine", "quantity": 1}]}""", "application/json");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("error").path("code").asText()).isEqualTo("invalid_cart");
        assertThat(checkout("{}", "text/plain").statusCode()).isEqualTo(415);
        assertThat(checkout("{", "application/json").statusCode()).isEqualTo(400);
        assertThat(checkout("""
                {"checkoutId": "x", "customerEmail": "bo@example.org", "lines": [{"sku": "tamper", "quantity": 1}]}""",
                "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void withTheHostDownCheckoutAnswersThatItCannotPlaceTheOrderNow() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        URI down = closed;
        try (SampleShopServer orphan = SampleShopServer.start(
                new SampleShopSettings("127.0.0.1", 0, () -> down, TestHost.SHOP, TestHost.secret()))) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(orphan.baseUri().resolve("checkout"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"checkoutId": "test-checkout-3", "customerEmail": "cy@example.org",
                             "lines": [{"sku": "tamper", "quantity": 1}]}""")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(502);
            assertThat(JSON.readTree(answer.body()).path("error").path("code").asText()).isEqualTo("host_unreachable");
            assertThat(get(orphan.baseUri()).statusCode()).as("the shop's pages do not need the host").isEqualTo(200);
        }
    }

    private static HttpResponse<String> checkout(String body, String type) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(shop.baseUri().resolve("checkout")).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
