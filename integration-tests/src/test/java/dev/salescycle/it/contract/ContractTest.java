package dev.salescycle.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.it.Plugins;
import dev.salescycle.it.TestHost;
import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's real answers over HTTP, on a random port with the bundled plugins, validated against the schemas of
 * the OpenAPI description it serves at {@code /api/v1/openapi.json}, in strict mode (every object closed to fields
 * the description does not name). Each test drives a stage or the admin API; every answer is checked, and the
 * operations answered are tallied so the last check can say which ones no test reached.
 */
@Timeout(600)
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = "contract-admin-token-00000000";
    private static final String KEY = "contract-shop-key-000000000000";
    private static final String SHOP = "/api/v1/shops/coffee/";
    private static final Map<String, String> SERVER = Map.of("Authorization", "Bearer " + KEY);
    private static final Map<String, String> OPERATOR = Map.of("Authorization", "Bearer " + ADMIN);
    private static final String CONFIG = """
            host:
              adminToken: %s
              trustedProxies: [ "127.0.0.1" ]
              rateLimits: { enabled: false }
            shops:
              coffee:
                currency: EUR
                apiKeys: [ "%s" ]
                allowedOrigins: [ "https://coffee.example" ]
                plugins:
                  - id: lead-scoring
                    settings: { hotScore: 40 }
                  - id: conversion-offers
                    settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                  - id: co-purchase-upsell
                    settings: { maxItems: 4, minSupport: 0.01, minConfidence: 0.1 }
                  - thank-you-referral
                  - retention-drip
            """.formatted(ADMIN, KEY);

    @TempDir
    static Path dir;
    static TestHost host;
    static OpenApiContract contract;
    static final Set<String> answered = java.util.Collections.synchronizedSet(new TreeSet<>());
    private static final java.util.concurrent.atomic.AtomicInteger STRANGERS = new java.util.concurrent.atomic.AtomicInteger();
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        host = TestHost.builder(dir).config(CONFIG)
                .plugin(Plugins.zip("lead-scoring")).plugin(Plugins.zip("conversion-offers"))
                .plugin(Plugins.zip("co-purchase-upsell")).plugin(Plugins.zip("thank-you-referral"))
                .plugin(Plugins.zip("retention-drip")).start();
        ApiClient.Response served = send("GET", "/api/v1/openapi.json", Map.of(), null);
        assertThat(served.status()).isEqualTo(200);
        contract = OpenApiContract.strict(served.body());
        ApiClient.Response put = checked("PUT", SHOP + "products", json(SERVER), """
                [{"sku":"beans","name":"Espresso beans","price":"12.50","currency":"EUR","url":"https://coffee.example/beans"},
                 {"sku":"grinder","name":"Hand grinder","price":"39.00","currency":"EUR"},
                 {"sku":"filters","name":"Paper filters","price":"3.20","currency":"EUR"},
                 {"sku":"mug","name":"Mug","price":"8.00","currency":"EUR"}]""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            history.append("{\"orderId\":\"past-").append(i).append("\",\"currency\":\"EUR\",\"lines\":[")
                    .append("{\"sku\":\"beans\",\"quantity\":1,\"unitPrice\":\"12.50\"},{\"sku\":\"")
                    .append(i % 3 == 0 ? "mug" : "filters").append("\",\"quantity\":1,\"unitPrice\":\"3.20\"}]}\n");
        }
        ApiClient.Response imported = checked("POST", SHOP + "orders/import", with(SERVER, "Content-Type", "application/x-ndjson"),
                history.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        host.host().runtime().awaitPluginsIdle(10_000);
    }

    @AfterAll
    static void stop() {
        host.close();
        Set<String> unreached = new TreeSet<>(contract.operations().keySet());
        answered.forEach(a -> unreached.remove(a.substring(0, a.lastIndexOf(' '))));
        System.out.println("Operations no contract test reached: " + unreached);
    }

    @AfterEach
    void noProblems() {
        assertThat(problems).isEmpty();
    }

    @Test
    void leadsCartsOrdersThankYouAndMessages() throws Exception {
        JsonNode lead = body(call(201, "POST", SHOP + "leads", json(Map.of()), """
                {"email":"ada@example.org","name":"Ada","source":"referral","interests":["espresso"],
                 "consent":{"marketing":true},"visitorId":"v-1"}"""));
        assertThat(lead.at("/consent/marketing").asText()).isEqualTo("pending_confirmation");
        call(201, "POST", SHOP + "leads", json(SERVER), "{\"email\":\"bob@example.org\",\"consent\":{\"marketing\":true}}");

        JsonNode cart = body(call(200, "POST", SHOP + "cart/evaluate", json(Map.of()), """
                {"cartId":"c-1","currency":"EUR","visitorId":"v-1","customerEmail":"ada@example.org",
                 "lines":[{"sku":"beans","name":"Espresso beans","quantity":2,"unitPrice":"12.50"}]}"""));
        assertThat(cart.get("offers")).as("offers to check").isNotEmpty();
        assertThat(cart.get("recommendations")).as("recommendations to check").isNotEmpty();
        String recommendationRef = cart.at("/recommendations/0/ref").asText();
        String offerRef = cart.at("/offers/0/ref").asText();

        String order = """
                {"orderId":"1001","customerEmail":"ada@example.org","customerName":"Ada Lovelace","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":2,"unitPrice":"12.50"},
                          {"sku":"%s","quantity":1,"unitPrice":"3.20","ref":"%s"}],
                 "total":"28.20","consent":{"marketing":true},"visitorId":"v-1","refs":["%s"]}"""
                .formatted(cart.at("/recommendations/0/sku").asText(), recommendationRef, offerRef);
        JsonNode placed = body(call(201, "POST", SHOP + "orders", with(json(SERVER), "Idempotency-Key", "order-1001"), order));
        assertThat(placed.at("/thankYou/blocks")).isNotEmpty();
        assertThat(placed.at("/retention/messages")).isNotEmpty();
        call(201, "POST", SHOP + "orders", with(json(SERVER), "Idempotency-Key", "order-1001"), order);
        call(409, "POST", SHOP + "orders", with(json(SERVER), "Idempotency-Key", "order-1001"), order.replace("Ada Lovelace", "Ada L."));

        String token = URLEncoder.encode(placed.get("thankYouToken").asText(), StandardCharsets.UTF_8);
        JsonNode page = body(call(200, "GET", SHOP + "orders/1001/thank-you?token=" + token, Map.of(), null));
        URI preferences = URI.create(page.get("preferences").asText());
        call(200, "GET", preferences.getRawPath() + "?" + preferences.getRawQuery(), Map.of(), null);
        call(200, "GET", SHOP + "orders/1001/thank-you?format=html&token=" + token, Map.of(), null);
        call(200, "GET", SHOP + "orders/1001/thank-you", SERVER, null);
        call(401, "GET", SHOP + "orders/1001/thank-you", Map.of(), null);
        call(400, "GET", SHOP + "orders/1001/thank-you?format=pdf", SERVER, null);

        JsonNode messages = body(call(200, "GET", SHOP + "orders/1001/messages", SERVER, null));
        assertThat(messages.get("messages")).isNotEmpty();
        call(404, "GET", SHOP + "orders/nope/messages", SERVER, null);
    }

    @Test
    void catalogueImportsAndCustomers() {
        call(200, "GET", SHOP + "products", SERVER, null);
        call(200, "GET", SHOP + "learning", SERVER, null);
        call(400, "GET", SHOP + "learning?position=-1", SERVER, null);
        call(200, "POST", SHOP + "orders/import?format=csv&batch=contract", SERVER, "beans,filters\n\"Coffee, ground\",mug\n");
        call(201, "POST", SHOP + "orders", json(SERVER), """
                {"orderId":"2001","customerEmail":"eve@example.org","currency":"EUR",
                 "lines":[{"sku":"mug","quantity":1,"unitPrice":"8.00"}],"total":"8.00"}""");
        JsonNode export = body(call(200, "GET", SHOP + "customers/eve@example.org", SERVER, null));
        assertThat(export.get("orders")).isNotEmpty();
        call(200, "GET", SHOP + "customers/eve@example.org", OPERATOR, null);
        call(200, "DELETE", SHOP + "customers/eve@example.org", SERVER, null);
        call(400, "GET", SHOP + "customers/not-an-address", SERVER, null);
    }

    @Test
    void hostRoutes() {
        JsonNode health = body(call(200, "GET", "/health", Map.of(), null));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        call(200, "GET", "/api/v1/openapi.json", Map.of(), null);
        call(200, "GET", "/api/v1/shops", OPERATOR, null);
        call(200, "GET", "/metrics", OPERATOR, null);
        call(308, "GET", "/console", Map.of(), null);
        call(200, "GET", "/console/", Map.of(), null);
        call(404, "GET", "/console/nothing.js", Map.of(), null);
        ApiClient.Response loader = call(200, "GET", "/sdk/v1/salescycle.js", Map.of(), null);
        call(304, "GET", "/sdk/v1/salescycle.js", Map.of("If-None-Match", loader.headers().get("ETag")), null);
        call(200, "GET", "/sdk/v1/components/salescycle-offers.js", Map.of(), null);
        call(404, "GET", "/sdk/v1/components/nothing.js", Map.of(), null);
        call(400, "GET", "/api/v1/preferences?token=forged", Map.of(), null);
        call(400, "GET", "/api/v1/unsubscribe?token=forged", Map.of(), null);
        call(400, "POST", "/api/v1/unsubscribe?token=forged", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "List-Unsubscribe=One-Click");
        call(400, "GET", "/api/v1/consent/confirm?token=forged", Map.of(), null);
        call(400, "POST", "/api/v1/consent/confirm?token=forged", Map.of(), "");
        call(400, "GET", "/api/v1/track/open?token=forged", Map.of(), null);
        call(400, "GET", "/api/v1/track/click?token=forged", Map.of(), null);
    }

    @Test
    void adminPluginsShopsFunnelMessagesOutboxAndConfig() {
        JsonNode plugins = body(call(200, "GET", "/admin/plugins", OPERATOR, null));
        assertThat(plugins).hasSize(5);
        call(200, "GET", "/admin/plugins/lead-scoring", OPERATOR, null);
        call(404, "GET", "/admin/plugins/nope", OPERATOR, null);
        call(200, "GET", "/admin/shops", OPERATOR, null);
        call(200, "GET", "/admin/shops/coffee/funnel?since=P1D", OPERATOR, null);
        call(400, "GET", "/admin/shops/coffee/funnel?since=yesterday", OPERATOR, null);
        call(200, "GET", "/admin/shops/coffee/messages", OPERATOR, null);
        call(200, "GET", "/admin/shops/coffee/plugins/co-purchase-upsell", OPERATOR, null);
        call(200, "PUT", "/admin/shops/coffee/plugins/lead-scoring", json(OPERATOR), "{\"settings\":{\"hotScore\":40}}");
        call(422, "PUT", "/admin/shops/coffee/plugins/lead-scoring", json(OPERATOR), "{\"settings\":{\"hotScore\":\"hot\"}}");
        call(200, "GET", "/admin/outbox", OPERATOR, null);
        call(200, "GET", "/admin/config", OPERATOR, null);
        call(403, "POST", "/admin/plugins?file=x.zip", with(OPERATOR, "Content-Type", "application/octet-stream"), "PK");
        assertThat(call(-1, "PUT", "/admin/plugins/nope?file=nope.zip", OPERATOR, null).status()).isBetween(400, 499);
        assertThat(call(-1, "DELETE", "/admin/plugins/nope", OPERATOR, null).status()).isBetween(400, 499);
        assertThat(call(-1, "DELETE", "/admin/shops/coffee/plugins/nope", OPERATOR, null).status()).isBetween(400, 499);
    }

    @Test
    void experimentsFromDraftToPromoted() {
        String base = "/admin/shops/coffee/experiments";
        call(201, "POST", base, json(OPERATOR), """
                {"id":"checkout-offer","stage":"conversion-offer","metric":"conversion",
                 "variants":[{"name":"ten-percent","weight":1,"plugin":"conversion-offers"},
                             {"name":"fifteen-percent","weight":1,"plugin":"conversion-offers",
                              "settings":{"freeShippingThreshold":"50.00","firstOrderDiscountPercent":15}}]}""");
        call(409, "POST", base, json(OPERATOR), """
                {"id":"checkout-offer","stage":"conversion-offer",
                 "variants":[{"name":"a","weight":1,"plugin":"conversion-offers"},{"name":"b","weight":1}]}""");
        call(400, "POST", base, json(OPERATOR), "{\"id\":\"bad\",\"stage\":\"conversion-offer\",\"variants\":[]}");
        call(200, "POST", base + "/checkout-offer/start", OPERATOR, null);
        call(200, "POST", SHOP + "cart/evaluate", json(Map.of()), """
                {"currency":"EUR","visitorId":"v-exp","lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}]}""");
        call(200, "GET", base, OPERATOR, null);
        call(200, "GET", base + "/checkout-offer", OPERATOR, null);
        call(409, "POST", base + "/checkout-offer/promote", json(OPERATOR), "{}");
        call(200, "POST", base + "/checkout-offer/promote", json(OPERATOR), "{\"variant\":\"fifteen-percent\"}");
        call(200, "GET", "/admin/config", OPERATOR, null);
        call(200, "POST", base + "/checkout-offer/revert", OPERATOR, null);
        call(-1, "POST", base + "/checkout-offer/stop", OPERATOR, null);
        call(404, "GET", base + "/nope", OPERATOR, null);
    }

    @Test
    void consoleSession() {
        JsonNode none = body(call(200, "GET", "/admin/session", Map.of(), null));
        assertThat(none.get("signedIn").asBoolean()).isFalse();
        call(401, "POST", "/admin/session", json(stranger()), "{\"token\":\"wrong-token-000000000000\"}");
        ApiClient.Response in = call(200, "POST", "/admin/session", json(Map.of()), "{\"token\":\"" + ADMIN + "\"}");
        String cookie = in.headers().get("Set-Cookie").split(";", 2)[0];
        String csrf = body(in).get("csrfToken").asText();
        call(200, "GET", "/admin/session", Map.of("Cookie", cookie), null);
        call(200, "GET", "/admin/shops", Map.of("Cookie", cookie), null);
        call(403, "DELETE", "/admin/session", Map.of("Cookie", cookie), null);
        call(200, "DELETE", "/admin/session", Map.of("Cookie", cookie, "X-CSRF-Token", csrf), null);
    }

    @Test
    void errors() {
        call(400, "POST", SHOP + "cart/evaluate", json(Map.of()),
                "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"x\",\"quantity\":-1,\"unitPrice\":\"1.00\"}]}");
        call(400, "POST", SHOP + "leads", json(Map.of()), "{not json");
        call(401, "POST", SHOP + "orders", json(stranger()), "{}");
        call(401, "GET", "/admin/shops", with(SERVER, "X-Forwarded-For", stranger().get("X-Forwarded-For")), null);
        call(403, "POST", SHOP + "cart/evaluate", json(Map.of("Origin", "https://evil.example")), "{\"currency\":\"EUR\",\"lines\":[]}");
        call(404, "POST", "/api/v1/shops/nowhere/cart/evaluate", json(Map.of()), "{\"currency\":\"EUR\",\"lines\":[]}");
        call(404, "GET", "/api/v1/nothing", Map.of(), null);
        call(405, "DELETE", SHOP + "cart/evaluate", Map.of(), null);
        call(415, "POST", SHOP + "leads", Map.of("Content-Type", "text/plain"), "{\"email\":\"ann@example.org\"}");
        call(422, "POST", SHOP + "leads", json(Map.of()), "{\"email\":\"someone@mailinator.com\"}");
        Map<String, String> stranger = with(json(stranger()), "Authorization", "Bearer wrong-key-0000000000000000");
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = call(-1, "POST", SHOP + "orders", stranger, "{}").status();
        }
        assertThat(status).as("backoff after wrong keys").isEqualTo(429);
    }

    @Test
    void everyRequestExampleFollowsItsSchema() {
        List<String> missing = new ArrayList<>();
        contract.operations().forEach((operation, pointer) -> {
            JsonNode content = contract.document().at(pointer + "/requestBody/content/application~1json");
            if (content.isMissingNode()) {
                return;
            }
            if (!content.has("example")) {
                missing.add(operation);
                return;
            }
            problems.addAll(contract.validate(pointer + "/requestBody/content/application~1json/schema",
                    content.get("example").toString(), operation + " example"));
        });
        assertThat(missing).as("operations with a JSON body but no request example").isEmpty();
    }

    @Test
    void aRenamedOrUndocumentedFieldFailsTheStrictSchema() {
        ApiClient.Response lead = send("POST", SHOP + "leads", json(Map.of()), "{\"email\":\"cy@example.org\"}");
        assertThat(contract.problems("POST", SHOP + "leads", lead)).isEmpty();
        ApiClient.Response renamed = new ApiClient.Response(201, lead.body().replace("\"leadId\"", "\"leadID\""), lead.headers());
        assertThat(contract.problems("POST", SHOP + "leads", renamed)).isNotEmpty();
        ApiClient.Response added = new ApiClient.Response(201, lead.body().replaceFirst("\\{", "{\"extra\":1,"), lead.headers());
        assertThat(contract.problems("POST", SHOP + "leads", added)).as("strict mode").isNotEmpty();
        assertThat(OpenApiContract.lenient(contract.document().toString()).problems("POST", SHOP + "leads", added))
                .as("as clients read it: added fields are fine").isEmpty();
    }

    /** Sends and validates the answer against the description, for the set-up. */
    private static ApiClient.Response checked(String method, String path, Map<String, String> headers, String body) {
        ApiClient.Response answer = send(method, path, headers, body);
        assertThat(contract.problems(method, path, answer)).isEmpty();
        answered.add(method + " " + contract.template(path.split("\\?", 2)[0]) + " " + answer.status());
        return answer;
    }

    /**
     * Sends, checks the status when one is expected (not -1), and validates the answer against the description, and
     * the JSON body of a request the host took against the request schema.
     */
    private ApiClient.Response call(int expected, String method, String path, Map<String, String> headers, String body) {
        ApiClient.Response answer = send(method, path, headers, body);
        if (expected >= 0) {
            assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isEqualTo(expected);
        }
        problems.addAll(contract.problems(method, path, answer));
        if (answer.status() < 300 && body != null && !body.isEmpty() && "application/json".equals(headers.get("Content-Type"))) {
            problems.addAll(contract.requestProblems(method, path, body));
        }
        answered.add(method + " " + contract.template(path.split("\\?", 2)[0]) + " " + answer.status());
        return answer;
    }

    private static ApiClient.Response send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.host().baseUri().toString()).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> answer;
            try {
                answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException closedConnection) {
                answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            answer.headers().map().forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
            return new ApiClient.Response(answer.statusCode(), answer.body(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(ApiClient.Response answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    /** A client address of its own (the host trusts the loopback proxy), so that wrong credentials hold back only it. */
    private static Map<String, String> stranger() {
        return Map.of("X-Forwarded-For", "10.9.0." + STRANGERS.incrementAndGet());
    }

    private static Map<String, String> json(Map<String, String> headers) {
        return with(headers, "Content-Type", "application/json");
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.put(name, value);
        return out;
    }
}
