package dev.salescycle.it;

import static dev.salescycle.it.AttributionTest.cart;
import static dev.salescycle.it.AttributionTest.line;
import static dev.salescycle.it.AttributionTest.order;
import static dev.salescycle.it.AttributionTest.plugin;
import static dev.salescycle.it.AttributionTest.ref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.salescycle.testkit.ApiClient;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hosts on one PostgreSQL database: a reference handed out by one counts for an order placed through the
 * other, orders placed through both at once add up, a retention mail's link followed through one credits the
 * customer's next order placed through the other within 5 days and not after, and both hosts answer the same
 * funnel.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AttributionMultiHostPostgresTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SmtpServers.anyPort());

    static final int ORDERS = 20;

    @TempDir
    Path dir;
    String database;

    @AfterEach
    void dropDatabase() throws Exception {
        Postgres.dropDatabase(database);
    }

    @Test
    void twoHostsCreditOrdersOnceAndAnswerTheSameFunnel() throws Exception {
        database = Postgres.createDatabase();
        MutableClock clock = new MutableClock(AttributionTest.T0);
        try (TestHost a = host("a", clock); TestHost b = host("b", clock)) {
            ApiClient apiA = TestKeys.client(a);
            ApiClient apiB = TestKeys.client(b);
            AttributionTest.seed(apiA, "coffee");
            a.host().runtime().awaitPluginsIdle(10_000);

            JsonNode answer = cart(apiA, "coffee", "v-1", line("beans", "12.50", null));
            String nudge = ref(answer.get("offers"), "id", "free-shipping-nudge");
            String filters = ref(answer.get("recommendations"), "sku", "filters");
            order(apiB, "coffee", "o-ann", "ann@example.org", "v-1", line("beans", "12.50", null) + ","
                    + line("filters", "3.20", filters), "15.70", "\"" + nudge + "\"");
            placeConcurrently(List.of(apiA, apiB), filters);

            clock.advance(Duration.ofDays(14));
            String click = clickLinkTo("ann@example.org");
            ApiClient.Response followed = b.client().get(URI.create(click).getRawPath() + "?"
                    + URI.create(click).getRawQuery());
            assertThat(followed.status()).as(followed.body()).isEqualTo(302);
            clock.advance(Duration.ofDays(1));
            order(apiA, "coffee", "o-ann-2", "ann@example.org", null, line("mug", "8.00", null), "8.00", "");
            clock.advance(Duration.ofDays(5));
            order(apiA, "coffee", "o-ann-3", "ann@example.org", null, line("mug", "8.00", null), "8.00", "");

            // Mails fall due as the clock moves; once both hosts have sent them, both read the same figures.
            String window = "from=2026-03-01&to=2026-03-31";
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                b.host().runtime().funnel().flush();
                return AttributionTest.funnel(a, "coffee", window).equals(AttributionTest.funnel(b, "coffee", window));
            });
            JsonNode fromA = AttributionTest.funnel(a, "coffee", window);
            assertThat(plugin(fromA, "conversion-offer", "conversion-offers").get("revenue").get("EUR").asText())
                    .isEqualTo("12.50");
            JsonNode upsell = plugin(fromA, "upsell", "co-purchase-upsell");
            assertThat(upsell.get("revenue").get("EUR").asText()).isEqualTo("67.20");
            assertThat(upsell.get("orders").asLong()).isEqualTo(ORDERS + 1);
            JsonNode mail = plugin(fromA, "retention-offer", "retention-drip");
            assertThat(mail.get("revenue").get("EUR").asText()).as("o-ann-2 only: o-ann-3 came 6 days after the click")
                    .isEqualTo("8.00");
            assertThat(mail.get("orders").asLong()).isEqualTo(1);
            assertThat(mail.get("acted").asLong()).as("the click").isEqualTo(1);
            assertThat(fromA.get("attributed").get("orders").asLong()).isEqualTo(ORDERS + 2);
            assertThat(fromA.get("orders").get("count").asLong()).isEqualTo(ORDERS + 3);
            long credited = Postgres.query(database, "SELECT COUNT(DISTINCT order_id) FROM order_credits",
                    rs -> rs.getLong(1));
            assertThat(credited).as("o-ann-3 has no touch").isEqualTo(ORDERS + 2L);
        }
    }

    private static String clickLinkTo(String address) {
        List<String> links = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (MimeMessage m : Mails.to(SMTP.getReceivedMessages(), address)) {
                Matcher click = RetentionDeliveryTest.CLICK.matcher(Mails.text(m));
                if (click.find()) {
                    links.add(click.group());
                    return true;
                }
            }
            return false;
        });
        return links.get(0);
    }

    /** Orders of other customers, each with a recommended item added, placed through both hosts on 8 threads. */
    private static void placeConcurrently(List<ApiClient> clients, String filters) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                int n = i;
                calls.add(CompletableFuture.supplyAsync(() -> order(clients.get(n % 2), "coffee", "o-" + n,
                        "c" + n + "@example.org", "v-1", line("filters", "3.20", filters), "3.20", ""), pool));
            }
            calls.forEach(CompletableFuture::join);
        } finally {
            pool.shutdown();
        }
    }

    private TestHost host(String name, MutableClock clock) {
        return TestHost.builder(dir.resolve(name)).clock(clock).plugin(Plugins.zip("conversion-offers"))
                .plugin(Plugins.zip("co-purchase-upsell")).plugin(Plugins.zip("retention-drip"))
                .config(TestKeys.config("""
                host:
                  store: %s
                  storeUser: %s
                  adminToken: %s
                  mail: { smtpHost: 127.0.0.1, smtpPort: %d }
                  retention: { pollInterval: 50ms }
                shops:
                  coffee:
                    currency: EUR
                    hookBudget: PT5S
                    requestBudget: PT10S
                    plugins:
                      - id: conversion-offers
                        settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                      - id: co-purchase-upsell
                        settings: { maxItems: 4, minSupport: 0.01, minConfidence: 0.1 }
                      - retention-drip
                """.formatted(Postgres.url(database), Postgres.USER, AttributionTest.ADMIN,
                        SMTP.getSmtp().getPort()))).start();
    }
}
