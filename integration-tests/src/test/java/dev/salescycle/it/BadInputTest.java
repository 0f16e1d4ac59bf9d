package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** Bad requests get a 4xx JSON error naming the field; never a stack trace, never a 500. */
@Timeout(600)
class BadInputTest {

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  maxBodyBytes: 4096
                shops:
                  s:
                    currency: EUR
                    plugins: [ lead-scoring, conversion-offers ]
                """)).plugin(Plugins.zip("lead-scoring")).plugin(Plugins.zip("conversion-offers")).start();
        api = TestKeys.client(host);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    static JsonNode error(ApiClient.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().get("content-type")).startsWith("application/json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return FiveStagesTest.json(r).get("error");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"currency\":\"EUR\",|malformed_json|body",
        "not an object|[1,2]|invalid_field|body",
        "missing currency|{\"lines\":[]}|invalid_field|currency",
        "unknown currency|{\"currency\":\"XYZ\",\"lines\":[]}|invalid_field|currency",
        "other currency than the shop's|{\"currency\":\"USD\",\"lines\":[]}|invalid_field|currency",
        "lines not a list|{\"currency\":\"EUR\",\"lines\":5}|invalid_field|lines",
        "negative quantity|{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":-1,\"unitPrice\":\"1.00\"}]}|invalid_field|lines[0].quantity",
        "quantity as text|{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":\"two\",\"unitPrice\":\"1.00\"}]}|invalid_field|lines[0].quantity",
        "negative price|{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"unitPrice\":\"-1\"}]}|invalid_field|lines[0].unitPrice",
        "price with too many decimals|{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"unitPrice\":\"1.005\"}]}|invalid_field|lines[0].unitPrice",
        "missing sku|{\"currency\":\"EUR\",\"lines\":[{\"quantity\":1,\"unitPrice\":\"1.00\"}]}|invalid_field|lines[0].sku",
        "visitorId as a number|{\"currency\":\"EUR\",\"visitorId\":7,\"lines\":[]}|invalid_field|visitorId",
        "blank visitorId|{\"currency\":\"EUR\",\"visitorId\":\" \",\"lines\":[]}|invalid_field|visitorId",
        "visitorId longer than the store keeps|{\"currency\":\"EUR\",\"visitorId\":\"LONG\",\"lines\":[]}|invalid_field|visitorId",
        "visitorId with a control character|{\"currency\":\"EUR\",\"visitorId\":\"v\\u0000\",\"lines\":[]}|invalid_field|visitorId",
        "visitorId with a lone surrogate|{\"currency\":\"EUR\",\"visitorId\":\"v\\ud800x\",\"lines\":[]}|invalid_field|visitorId",
    })
    void cartMistakes(String what, String body, String code, String field) {
        JsonNode error = error(api.post("/api/v1/shops/s/cart/evaluate", body.replace("LONG", "x".repeat(201))), 400);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    static final String LINE = "{\"sku\":\"a\",\"quantity\":1,\"unitPrice\":\"1.00\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"orderId\":\"o\",|malformed_json|body",
        "no lines|{\"orderId\":\"o\",\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[],\"total\":\"0\"}|invalid_field|lines",
        "missing orderId|{\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[LINE],\"total\":\"1.00\"}|invalid_field|orderId",
        "missing customerEmail|{\"orderId\":\"o\",\"currency\":\"EUR\",\"lines\":[LINE],\"total\":\"1.00\"}|invalid_field|customerEmail",
        "total as a boolean|{\"orderId\":\"o\",\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[LINE],\"total\":true}|invalid_field|total",
        "orderId as an object|{\"orderId\":{},\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[LINE],\"total\":\"1.00\"}|invalid_field|orderId",
        "negative quantity|{\"orderId\":\"o\",\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":-2,\"unitPrice\":\"1.00\"}],\"total\":\"1.00\"}|invalid_field|lines[0].quantity",
        "unknown currency|{\"orderId\":\"o\",\"customerEmail\":\"a@example.org\",\"currency\":\"ABC\",\"lines\":[LINE],\"total\":\"1.00\"}|invalid_field|currency",
        "sku longer than the store keeps|{\"orderId\":\"o\",\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[{\"sku\":\"LONG\",\"quantity\":1,\"unitPrice\":\"1.00\"}],\"total\":\"1.00\"}|invalid_field|lines[0].sku",
        "visitorId longer than the store keeps|{\"orderId\":\"o\",\"visitorId\":\"LONG\",\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[LINE],\"total\":\"1.00\"}|invalid_field|visitorId",
        "visitorId with a lone surrogate|{\"orderId\":\"o\",\"visitorId\":\"\\udc00\",\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[LINE],\"total\":\"1.00\"}|invalid_field|visitorId",
        "orderId with a control character|{\"orderId\":\"o\\u0007\",\"customerEmail\":\"a@example.org\",\"currency\":\"EUR\",\"lines\":[LINE],\"total\":\"1.00\"}|invalid_field|orderId",
    })
    void orderMistakes(String what, String body, String code, String field) {
        JsonNode error = error(api.post("/api/v1/shops/s/orders", body.replace("LINE", LINE).replace("LONG", "x".repeat(201))), 400);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(host.host().runtime().store().thankYouJson("s", "o")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|{\"email\":|malformed_json|body",
        "not an object|\"dee@example.org\"|invalid_field|body",
        "missing email|{\"name\":\"Dee\"}|invalid_field|email",
        "invalid email|{\"email\":\"not-an-address\"}|invalid_field|email",
        "email as a number|{\"email\":42}|invalid_field|email",
        "interests not a list|{\"email\":\"dee@example.org\",\"interests\":\"tea\"}|invalid_field|interests",
        "consent as text|{\"email\":\"dee@example.org\",\"consent\":\"yes\"}|invalid_field|consent",
        "marketing consent as text|{\"email\":\"dee@example.org\",\"consent\":{\"marketing\":\"yes\"}}|invalid_field|consent.marketing",
    })
    void leadMistakes(String what, String body, String code, String field) {
        JsonNode error = error(api.post("/api/v1/shops/s/leads", body), 400);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON|[{\"sku\":|malformed_json|body",
        "not a list|{\"sku\":\"a\"}|invalid_field|body",
        "missing sku|[{\"name\":\"A\",\"price\":\"1.00\",\"currency\":\"EUR\"}]|invalid_field|[0].sku",
        "negative price|[{\"sku\":\"a\",\"name\":\"A\",\"price\":\"-1.00\",\"currency\":\"EUR\"}]|invalid_field|[0].price",
        "price as a boolean|[{\"sku\":\"a\",\"name\":\"A\",\"price\":false,\"currency\":\"EUR\"}]|invalid_field|[0].price",
        "unknown currency in the second|[{\"sku\":\"a\",\"name\":\"A\",\"price\":\"1.00\",\"currency\":\"EUR\"},{\"sku\":\"b\",\"name\":\"B\",\"price\":\"1.00\",\"currency\":\"QQQ\"}]|invalid_field|[1].currency",
    })
    void productMistakes(String what, String body, String code, String field) {
        JsonNode error = error(api.put("/api/v1/shops/s/products", body), 400);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void unknownShop() {
        JsonNode error = error(api.post("/api/v1/shops/nope/cart/evaluate", "{}"), 404);
        assertThat(error.get("code").asText()).isEqualTo("unknown_shop");
        assertThat(error.get("field").asText()).isEqualTo("shopId");
        assertThat(error.get("message").asText()).contains("nope");
    }

    @Test
    void bodyOverTheLimit() {
        String big = "{\"currency\":\"EUR\",\"cartId\":\"" + "x".repeat(5000) + "\",\"lines\":[]}";
        assertThat(error(api.post("/api/v1/shops/s/cart/evaluate", big), 413).get("code").asText())
                .isEqualTo("body_too_large");
    }

    @Test
    void bodyOverTheDefaultLimitOfAHostWithoutOne(@TempDir Path other) {
        try (TestHost plain = TestHost.builder(other).config(TestKeys.config("""
                shops:
                  s:
                    currency: EUR
                    plugins: [ lead-scoring ]
                """)).plugin(Plugins.zip("lead-scoring")).start()) {
            String padding = "x".repeat(256 * 1024);
            JsonNode error = error(TestKeys.client(plain).post("/api/v1/shops/s/leads",
                    "{\"email\":\"big@example.org\",\"name\":\"" + padding + "\"}"), 413);
            assertThat(error.get("code").asText()).isEqualTo("body_too_large");
            assertThat(error.get("field").asText()).isEqualTo("body");
            assertThat(error.get("message").asText()).contains(String.valueOf(256 * 1024));
        }
    }

    @Test
    void unknownPathAndWrongMethod() {
        assertThat(error(api.get("/api/v1/shops/s/nothing-here"), 404).get("code").asText()).isEqualTo("not_found");
        assertThat(error(api.get("/no/such/page"), 404).get("code").asText()).isEqualTo("not_found");
        assertThat(error(api.get("/api/v1/shops/s/cart/evaluate"), 405).get("code").asText()).isEqualTo("method_not_allowed");
    }

    @Test
    void unknownOrderThankYou() {
        assertThat(error(api.get("/api/v1/shops/s/orders/missing/thank-you"), 404).get("code").asText())
                .isEqualTo("unknown_order");
    }

    @Test
    void badImportLinesAreReportedWithTheirNumbersWhileTheRestImports() {
        ApiClient.Response r = api.post("/api/v1/shops/s/orders/import", """
                {"orderId":"i-1","lines":[{"sku":"a"}]}
                not json
                {"orderId":"i-2","lines":[{"sku":"b","quantity":0}]}
                {"orderId":"i-3","lines":[{"sku":"c"},{"sku":"a"}]}
                """, "application/x-ndjson");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = FiveStagesTest.json(r);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("skipped").asInt()).isEqualTo(2);
        assertThat(report.get("errors").get(0).asText()).startsWith("line 2: ");
        assertThat(report.get("errors").get(1).asText()).startsWith("line 3: ").contains("quantity");
    }
}
