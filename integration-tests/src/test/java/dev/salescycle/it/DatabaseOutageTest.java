package dev.salescycle.it;

import dev.salescycle.host.store.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * A database that goes away: writes answer 503 JSON with Retry-After, health says DOWN, and the host
 * recovers by itself when the database is back (PostgreSQL reached through a proxy the test cuts).
 */
@Timeout(600)
class DatabaseOutageTest {

    @TempDir
    Path dir;
    String database;

    @AfterEach
    void dropDatabase() throws Exception {
        Postgres.dropDatabase(database);
    }

    @Test
    void writesAnswer503WhileTheDatabaseIsDownAndWorkAgainWhenItIsBack() throws Exception {
        database = Postgres.createDatabase();
        try (TcpProxy proxy = new TcpProxy(Postgres.PORT).start();
             TestHost host = TestHost.builder(dir).plugin(Plugins.zip("retention-drip")).config(TestKeys.config("""
                     host:
                       store: jdbc:postgresql://127.0.0.1:%d/%s
                       storeUser: %s
                     shops:
                       coffee: { currency: EUR, hookBudget: PT5S, requestBudget: PT10S, plugins: [ retention-drip ] }
                     """.formatted(proxy.port(), database, Postgres.USER))).start()) {
            ApiClient api = TestKeys.client(host);
            assertThat(api.post("/api/v1/shops/coffee/leads", "{\"email\":\"before@example.org\"}").status())
                    .isEqualTo(201);

            proxy.stop();
            for (ApiClient.Response refused : new ApiClient.Response[] {
                    api.post("/api/v1/shops/coffee/leads", "{\"email\":\"during@example.org\"}"), order(api, "o-during")}) {
                assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                assertThat(refused.headers().get("Retry-After")).isEqualTo("5");
                assertThat(FiveStagesTest.json(refused).get("error").get("code").asText()).isEqualTo("store_unavailable");
            }
            ApiClient.Response health = api.get("/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(FiveStagesTest.json(health).get("store").asText()).isEqualTo("DOWN");

            proxy.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/health").status() == 200);
            assertThat(api.post("/api/v1/shops/coffee/leads", "{\"email\":\"after@example.org\"}").status())
                    .isEqualTo(201);
            assertThat(order(api, "o-after").status()).isEqualTo(201);
            assertThat(host.host().runtime().store().messagesOfOrder("coffee", "o-after")).hasSize(3);
            assertThat(host.host().runtime().store().orderCount("coffee")).isEqualTo(1);
        }
    }

    private static ApiClient.Response order(ApiClient api, String orderId) {
        return api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"%s","customerEmail":"ann@example.org","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}""".formatted(orderId));
    }
}
