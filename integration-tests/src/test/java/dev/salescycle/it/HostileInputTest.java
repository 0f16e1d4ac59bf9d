package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Input an attacker or a careless client sends: malformed escapes in queries and form bodies, numbers that
 * overflow a check, durations past every clock, ids that cannot be stored, addresses with {@code /} and
 * {@code %}, JSON with its keys in another order, an upload cut off. Each is a 4xx JSON error (or the right
 * answer), never a 500, and nothing of it logs a stack trace.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class HostileInputTest {

    private static final String TOKEN = "hostile-input-admin-token";
    private static final String SHOP = "/api/v1/shops/s/";
    private static final Map<String, String> KEY = TestKeys.AUTH;
    private static final String HUGE = "1E+2147483647";

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;
    static URI base;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  adminToken: %s
                  allowPluginUpload: true
                shops:
                  s:
                    currency: EUR
                    plugins: [ lead-scoring ]
                """.formatted(TOKEN))).plugin(Plugins.zip("lead-scoring")).start();
        api = TestKeys.client(host);
        base = host.host().baseUri();
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void listen() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void noStackTraceWasLogged() {
        root.detachAppender(log);
        synchronized (log.list) {
            assertThat(log.list).as("log events with a stack trace")
                    .noneMatch(e -> e.getThrowableProxy() != null);
        }
    }

    private static RawHttp.Answer raw(String method, String target, Map<String, String> headers, String body) {
        return RawHttp.send(base, method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode error(int status, String body, int expected) {
        assertThat(status).as(body).isEqualTo(expected);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        return FiveStagesTest.json(new ApiClient.Response(status, body, Map.of())).get("error");
    }

    private static JsonNode error(RawHttp.Answer answer, int expected) {
        assertThat(answer.headers().get("Content-Type")).as(answer.body()).startsWith("application/json");
        return error(answer.status(), answer.body(), expected);
    }

    private static JsonNode error(ApiClient.Response answer, int expected) {
        return error(answer.status(), answer.body(), expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "GET /api/v1/unsubscribe?token=%zz",
        "POST /api/v1/unsubscribe?token=%zz",
        "GET /api/v1/consent/confirm?token=%",
        "GET /api/v1/track/open?token=%zz",
        "GET /api/v1/track/click?token=%zz&x=%g1",
        "GET /api/v1/shops/s/orders/o-1/thank-you?token=abc&format=%zz",
        "GET /api/v1/shops/s/orders/o-1/thank-you?format=%zz",
        "POST /api/v1/shops/s/orders/import?format=%zz",
        "GET /admin/shops/s/funnel?since=%zz",
    })
    void aMalformedQueryIsA400(String request) {
        String[] parts = request.split(" ");
        Map<String, String> headers = new HashMap<>(KEY);
        if (parts[1].startsWith("/admin")) {
            headers.put("Authorization", "Bearer " + TOKEN);
        }
        JsonNode error = error(raw(parts[0], parts[1], headers, parts[0].equals("POST") ? "" : null), 400);
        assertThat(error.get("code").asText()).isEqualTo("invalid_query");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"token=%zz", "token=%E0%A4%A", "%", "token=a&token=%zz&=&&", "\u0000\u00ff"})
    void aBadUnsubscribeFormIsA400(String form) {
        JsonNode error = error(raw("POST", "/api/v1/unsubscribe", Map.of("Content-Type",
                "application/x-www-form-urlencoded"), form), 400);
        assertThat(error.get("code").asText()).isEqualTo("invalid_token");
        assertThat(error.get("field").asText()).isEqualTo("token");
    }

    @Test
    void theReadmesUploadCommandInstallsAPlugin() throws Exception {
        // curl --data-binary sends Content-Type: application/x-www-form-urlencoded unless told otherwise.
        byte[] zip = Files.readAllBytes(Plugins.zip("conversion-offers"));
        RawHttp.Answer answer = RawHttp.send(base, "POST", "/admin/plugins?file=conversion-offers.zip",
                Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/x-www-form-urlencoded"), zip);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(FiveStagesTest.json(new ApiClient.Response(200, answer.body(), Map.of())).get("id").asText())
                .isEqualTo("conversion-offers");
    }

    @Test
    void anAmountWhosePrecisionCheckWouldOverflowIsA400Everywhere() {
        JsonNode cart = error(api.post(SHOP + "cart/evaluate", """
                {"currency":"EUR","lines":[{"sku":"a","quantity":1,"unitPrice":"%s"}]}""".formatted(HUGE)), 400);
        assertThat(cart.get("field").asText()).isEqualTo("lines[0].unitPrice");
        JsonNode order = error(api.post(SHOP + "orders", """
                {"orderId":"huge-1","customerEmail":"h@example.org","currency":"EUR",
                 "lines":[{"sku":"a","quantity":1,"unitPrice":"%s"}],"total":"1.00"}""".formatted(HUGE)), 400);
        assertThat(order.get("field").asText()).isEqualTo("lines[0].unitPrice");
        JsonNode total = error(api.post(SHOP + "orders", """
                {"orderId":"huge-2","customerEmail":"h@example.org","currency":"EUR",
                 "lines":[{"sku":"a","quantity":1,"unitPrice":"1.00"}],"total":%s}""".formatted(HUGE)), 400);
        assertThat(total.get("field").asText()).isEqualTo("total");
        JsonNode product = error(api.put(SHOP + "products", """
                [{"sku":"a","name":"A","price":"%s","currency":"EUR"}]""".formatted(HUGE)), 400);
        assertThat(product.get("field").asText()).isEqualTo("[0].price");
    }

    @Test
    void anImportLineWithAnOverflowingAmountIsSkippedAndTheOthersAreImported() {
        ApiClient.Response r = api.post(SHOP + "orders/import?batch=huge", """
                {"orderId":"imp-1","lines":[{"sku":"a","unitPrice":"2.00"}]}
                {"orderId":"imp-2","lines":[{"sku":"b","unitPrice":"%s"}]}
                {"orderId":"imp-3","lines":[{"sku":"c","unitPrice":1E+2147483647}]}
                {"orderId":"imp-4","lines":[{"sku":"c"},{"sku":"a"}]}
                """.formatted(HUGE), "application/x-ndjson");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = FiveStagesTest.json(r);
        assertThat(report.get("imported").asInt()).as(r.body()).isEqualTo(2);
        assertThat(report.get("skipped").asInt()).isEqualTo(2);
        assertThat(report.get("errors").get(0).asText()).startsWith("line 2: ");
        assertThat(report.get("errors").get(1).asText()).startsWith("line 3: ");
    }

    @ParameterizedTest(name = "since={0}")
    @ValueSource(strings = {"PT9223372036854775807S", "PT-9223372036854775808S", "P106751991167300D", "PT2562047788015215H",
        "-P365000000D", "P1Y"})
    void aFunnelWindowPastEveryClockIsA400(String since) {
        ApiClient.Response r = host.client().get("/admin/shops/s/funnel?since=" + since, Http.bearer(TOKEN));
        JsonNode error = error(r, 400);
        assertThat(error.get("field").asText()).isEqualTo("since");
    }

    @ParameterizedTest(name = "budget={0}")
    @ValueSource(strings = {"99999999999999999999ms", "PT9999999999999999S", "-5ms", "PT-1S", "0ms", "1e3ms"})
    void anAbsurdPluginBudgetIsA400(String budget) {
        ApiClient.Response r = host.client().withHeaders(Http.bearer(TOKEN)).put("/admin/shops/s/plugins/lead-scoring",
                "{\"budget\":\"" + budget + "\"}");
        JsonNode error = error(r, 400);
        assertThat(error.get("field").asText()).isEqualTo("budget");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"long", "control", "newline", "slash-only"})
    void anImportBatchNameThatCannotPrefixAnOrderIdIsA400(String kind) {
        String batch = switch (kind) {
            case "long" -> "b".repeat(191);
            case "control" -> "a%07b";
            case "newline" -> "a%0Ab";
            default -> "%20";
        };
        JsonNode error = error(api.post(SHOP + "orders/import?batch=" + batch,
                "{\"orderId\":\"b-1\",\"lines\":[{\"sku\":\"a\"}]}\n", "application/x-ndjson"), 400);
        assertThat(error.get("field").asText()).isEqualTo("batch");
        assertThat(host.host().runtime().store().orderCount("s")).isZero();
    }

    @Test
    void anOrderInAnotherCurrencyThanTheShopsIsA400() {
        JsonNode error = error(api.post(SHOP + "orders", """
                {"orderId":"usd-1","customerEmail":"u@example.org","currency":"USD",
                 "lines":[{"sku":"a","quantity":1,"unitPrice":"1.00"}],"total":"1.00"}"""), 400);
        assertThat(error.get("field").asText()).isEqualTo("currency");
        assertThat(host.host().runtime().store().thankYouJson("s", "usd-1")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"orderId", "sku", "productSku", "cartSku"})
    void aLoneSurrogateInAnIdOrSkuIsA400(String where) {
        String lone = "x\\ud800y";
        ApiClient.Response r = switch (where) {
            case "orderId" -> api.post(SHOP + "orders", """
                    {"orderId":"%s","customerEmail":"u@example.org","currency":"EUR",
                     "lines":[{"sku":"a","quantity":1,"unitPrice":"1.00"}],"total":"1.00"}""".formatted(lone));
            case "sku" -> api.post(SHOP + "orders", """
                    {"orderId":"sur-1","customerEmail":"u@example.org","currency":"EUR",
                     "lines":[{"sku":"%s","quantity":1,"unitPrice":"1.00"}],"total":"1.00"}""".formatted(lone));
            case "productSku" -> api.put(SHOP + "products", """
                    [{"sku":"%s","name":"A","price":"1.00","currency":"EUR"}]""".formatted(lone));
            default -> api.post(SHOP + "cart/evaluate", """
                    {"currency":"EUR","lines":[{"sku":"%s","quantity":1,"unitPrice":"1.00"}]}""".formatted(lone));
        };
        JsonNode error = error(r, 400);
        assertThat(error.get("field").asText()).containsAnyOf("orderId", "sku");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a/b@example.org", "100%real@example.org", "o'neil+x@example.org"})
    void aCustomerWhoseAddressHoldsSlashOrPercentCanBeExportedAndErased(String email) {
        ApiClient.Response placed = api.post(SHOP + "orders", """
                {"orderId":"addr-%d","customerEmail":"%s","currency":"EUR",
                 "lines":[{"sku":"a","quantity":1,"unitPrice":"1.00"}],"total":"1.00"}""".formatted(email.hashCode(), email));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String path = "/api/v1/shops/s/customers/" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%2B");
        RawHttp.Answer export = raw("GET", path, KEY, null);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(FiveStagesTest.json(new ApiClient.Response(200, export.body(), Map.of())).path("email").asText())
                .isEqualTo(email);
        RawHttp.Answer erased = raw("DELETE", path, KEY, null);
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(raw("GET", path, KEY, null).status()).isEqualTo(404);
    }

    @Test
    void theSameOrderWithItsKeysInAnotherOrderIsTheSameRequest() {
        String first = """
                {"orderId":"idem-1","customerEmail":"i@example.org","currency":"EUR",
                 "lines":[{"sku":"a","quantity":2,"unitPrice":"1.50"}],"total":"3.00"}""";
        String reordered = """
                {"total":"3.00","lines":[{"unitPrice":"1.50","quantity":2,"sku":"a"}],
                 "currency":"EUR","customerEmail":"i@example.org","orderId":"idem-1"}""";
        ApiClient.Response placed = api.post(SHOP + "orders", first, Map.of("Idempotency-Key", "idem-key-1"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        ApiClient.Response again = api.post(SHOP + "orders", reordered, Map.of("Idempotency-Key", "idem-key-1"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(placed.body());
        ApiClient.Response changed = api.post(SHOP + "orders", reordered.replace("3.00", "3.01"),
                Map.of("Idempotency-Key", "idem-key-1"));
        assertThat(changed.status()).as("another order under the same key").isEqualTo(409);
    }

    @Test
    void theMessagesOfAnUnknownOrderAreA404() {
        JsonNode error = error(api.get(SHOP + "orders/no-such-order/messages"), 404);
        assertThat(error.get("code").asText()).isEqualTo("unknown_order");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<svg/onload=alert(1)>@example.org", "a@<b>.org", "\"x\"@example.org", "a@example.org>",
        "a b@example.org", "a@example..org", "a@-example.org"})
    void anAddressThatIsNoMailboxIsA400(String email) {
        String json = email.replace("\"", "\\\"");
        assertThat(error(api.post(SHOP + "leads", "{\"email\":\"" + json + "\"}"), 400).get("field").asText())
                .isEqualTo("email");
        assertThat(error(api.post(SHOP + "orders", """
                {"orderId":"mail-1","customerEmail":"%s","currency":"EUR",
                 "lines":[{"sku":"a","quantity":1,"unitPrice":"1.00"}],"total":"1.00"}""".formatted(json)), 400)
                .get("field").asText()).isEqualTo("customerEmail");
    }

    @Test
    void aClientThatDropsItsUploadIsLoggedInOneLine() throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/shops/s/orders/import HTTP/1.1\r\nHost: x\r\nAuthorization: " + KEY.get("Authorization")
                    + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 1000000\r\n\r\n"
                    + "{\"orderId\":\"drop-1\",\"lines\":[{\"sku\":\"a\"}]}\n{\"orderId\":\"dr").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(List.of("went away", "broke off")));
        synchronized (log.list) {
            assertThat(log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN)))
                    .as("warnings and errors").isEmpty();
        }
    }

    private boolean logged(List<String> words) {
        synchronized (log.list) {
            return log.list.stream().anyMatch(e -> words.stream().anyMatch(w -> e.getFormattedMessage().contains(w)));
        }
    }
}
