package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.salescycle.host.store.MessageStatus;
import dev.salescycle.testkit.ApiClient;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * Two hosts on one PostgreSQL database deliver 500 due messages between them, each exactly once: counted
 * in the mail server and in the delivery attempts.
 */
@Timeout(600)
class MultiHostPostgresTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(SmtpServers.anyPort());

    static final int MESSAGES = 500;

    @TempDir
    Path dir;
    String database;

    @AfterEach
    void dropDatabase() throws Exception {
        Postgres.dropDatabase(database);
    }

    @Test
    void twoHostsDeliverEveryDueMessageExactlyOnce() throws Exception {
        database = Postgres.createDatabase();
        MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
        try (TestHost a = host("a", clock); TestHost b = host("b", clock)) {
            placeOrders(List.of(TestKeys.client(a), TestKeys.client(b)));
            assertThat(a.host().runtime().store().messageCounts("coffee"))
                    .containsEntry(MessageStatus.SCHEDULED, (long) MESSAGES);

            clock.advance(Duration.ofHours(2));

            // Generous: 500 renders, transactions and SMTP sessions on a machine that may be running another build.
            await().atMost(Duration.ofSeconds(240)).untilAsserted(() -> assertThat(a.host().runtime().store()
                    .messageCounts("coffee")).as("messages by status").containsEntry(MessageStatus.SENT, (long) MESSAGES));
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertThat(received).hasSize(MESSAGES);
            Set<String> delivered = new HashSet<>();
            for (MimeMessage m : received) {
                delivered.add(Mails.header(m, "X-Salescycle-Message"));
            }
            assertThat(delivered).hasSize(MESSAGES);
            assertThat(count("SELECT COUNT(*) FROM delivery_attempts WHERE outcome = 'sent'")).isEqualTo(MESSAGES);
            assertThat(count("SELECT COUNT(DISTINCT message_id) FROM delivery_attempts")).isEqualTo(MESSAGES);
            assertThat(count("SELECT COUNT(DISTINCT split_part(host_id, '/', 1)) FROM delivery_attempts"))
                    .as("both hosts delivered").isEqualTo(2);
        }
    }

    private TestHost host(String name, MutableClock clock) {
        return TestHost.builder(dir.resolve(name)).clock(clock).plugin(Plugins.zip("retention-drip")).config(TestKeys.config("""
                host:
                  store: %s
                  storeUser: %s
                  mail: { smtpHost: 127.0.0.1, smtpPort: %d }
                  retention: { pollInterval: 50ms, batchSize: 10 }
                shops:
                  coffee:
                    currency: EUR
                    hookBudget: PT5S
                    requestBudget: PT10S
                    plugins:
                      - id: retention-drip
                        settings: { steps: [ { after: PT1H, template: welcome } ] }
                """.formatted(Postgres.url(database), Postgres.USER, SMTP.getSmtp().getPort()))).start();
    }

    /** 500 orders, each scheduling one welcome message, placed through both hosts on 8 threads. */
    private static void placeOrders(List<ApiClient> clients) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                int n = i;
                calls.add(CompletableFuture.supplyAsync(() -> clients.get(n % 2).post("/api/v1/shops/coffee/orders", """
                        {"orderId":"o-%d","customerEmail":"c%d@example.org","currency":"EUR",
                         "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}""".formatted(n, n)),
                        pool));
            }
            for (CompletableFuture<ApiClient.Response> call : calls) {
                ApiClient.Response placed = call.join();
                assertThat(placed.status()).as(placed.body()).isEqualTo(201);
                assertThat(FiveStagesTest.json(placed).get("retention").get("scheduled").asInt()).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    private long count(String sql) throws Exception {
        return Postgres.query(database, sql, rs -> rs.getLong(1));
    }
}
