package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.testkit.ApiClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** Export and erasure of a customer's data over HTTP, behind the admin token. */
@Timeout(600)
class PrivacyTest {

    static final String TOKEN = "privacy-admin-token";
    static final String CUSTOMERS = "/api/v1/shops/coffee/customers/";

    @TempDir
    static Path dir;
    static TestHost host;
    static ApiClient api;

    @BeforeAll
    static void start() {
        host = TestHost.builder(dir).plugin(Plugins.zip("retention-drip")).config(TestKeys.config("""
                host:
                  adminToken: %s
                shops:
                  coffee: { currency: EUR, hookBudget: PT5S, requestBudget: PT10S, plugins: [ retention-drip ] }
                """.formatted(TOKEN))).start();
        api = TestKeys.client(host);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void withoutOrWithAWrongTokenItIs401() {
        for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Http.bearer("wrong-token-123"))) {
            ApiClient.Response r = host.client().get(CUSTOMERS + "ann@example.org", headers);
            assertThat(r.status()).isEqualTo(401);
            assertThat(FiveStagesTest.json(r).get("error").get("code").asText()).isEqualTo("unauthorized");
        }
        assertThat(Http.delete(URI.create(host.host().baseUri() + CUSTOMERS.substring(1) + "ann@example.org"),
                "wrong-token-123").status()).isEqualTo(401);
    }

    @Test
    void theExportHoldsTheLeadTheOrderWithLinesAndMessagesAndTheCustomer() {
        lead("Eve+Shop@Example.org");
        order("o-eve", "eve+shop@example.org");

        ApiClient.Response r = api.get(CUSTOMERS + "eve+shop@example.org", Http.bearer(TOKEN));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode export = FiveStagesTest.json(r);
        assertThat(export.get("email").asText()).isEqualTo("eve+shop@example.org");
        assertThat(export.get("customer").get("marketingConsent").asBoolean()).isTrue();
        assertThat(export.get("customer").get("orderCount").asInt()).isEqualTo(1);
        assertThat(export.get("leads").get(0).get("consentSource").asText()).isEqualTo("lead:newsletter");
        JsonNode order = export.get("orders").get(0);
        assertThat(order.get("orderId").asText()).isEqualTo("o-eve");
        assertThat(order.get("total").asText()).isEqualTo("12.50");
        assertThat(order.get("lines").get(0).get("sku").asText()).isEqualTo("beans");
        assertThat(order.get("messages")).hasSize(3);
        assertThat(order.get("messages").get(0).get("data").get("firstName").asText()).isEqualTo("Eve");
        assertThat(export.get("unsubscribes")).isEmpty();
    }

    @Test
    void erasureRemovesThePersonalDataKeepsTheOrderAndCancelsTheMessages() {
        lead("fay@example.org");
        order("o-fay", "fay@example.org");
        long ordersBefore = host.host().runtime().store().orderCount("coffee");

        ApiClient.Response erased = Http.delete(URI.create(host.host().baseUri() + CUSTOMERS.substring(1)
                + "Fay@Example.org"), TOKEN);

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        JsonNode done = FiveStagesTest.json(erased);
        assertThat(done.get("leadsDeleted").asInt()).isEqualTo(1);
        assertThat(done.get("ordersKept").asInt()).isEqualTo(1);
        assertThat(done.get("messagesCancelled").asInt()).isEqualTo(3);
        assertThat(api.get(CUSTOMERS + "fay@example.org", Http.bearer(TOKEN)).status()).isEqualTo(404);
        JsonNode messages = FiveStagesTest.json(api.get("/api/v1/shops/coffee/orders/o-fay/messages")).get("messages");
        assertThat(messages.findValuesAsText("status")).containsOnly("cancelled");
        assertThat(host.host().runtime().store().orderCount("coffee")).isEqualTo(ordersBefore);
        assertThat(host.host().runtime().store().ordersOf("coffee", done.get("pseudonym").asText()))
                .singleElement().satisfies(o -> assertThat(o.customerName()).isNull());

        order("o-fay-2", "fay@example.org");
        JsonNode fresh = FiveStagesTest.json(api.get(CUSTOMERS + "fay@example.org", Http.bearer(TOKEN)));
        assertThat(fresh.get("customer").get("orderCount").asInt()).isEqualTo(1);
        assertThat(fresh.get("orders")).singleElement()
                .satisfies(o -> assertThat(o.get("orderId").asText()).isEqualTo("o-fay-2"));
    }

    @Test
    void anUnknownAddressIs404AndABadOneIs400WithTheField() {
        ApiClient.Response unknown = api.get(CUSTOMERS + "nobody@example.org", Http.bearer(TOKEN));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(FiveStagesTest.json(unknown).get("error").get("code").asText()).isEqualTo("unknown_customer");
        assertThat(Http.delete(URI.create(host.host().baseUri() + CUSTOMERS.substring(1) + "nobody@example.org"), TOKEN)
                .status()).isEqualTo(404);

        ApiClient.Response bad = api.get(CUSTOMERS + "not-an-address", Http.bearer(TOKEN));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(FiveStagesTest.json(bad).get("error").get("field").asText()).isEqualTo("email");
    }

    private static void lead(String email) {
        ApiClient.Response r = api.post("/api/v1/shops/coffee/leads",
                "{\"email\":\"" + email + "\",\"source\":\"newsletter\",\"consent\":{\"marketing\":true}}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static void order(String orderId, String email) {
        ApiClient.Response r = api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"%s","customerEmail":"%s","customerName":"%s","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}"""
                .formatted(orderId, email, email.substring(0, 1).toUpperCase() + email.substring(1, 3)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
