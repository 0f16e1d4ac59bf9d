package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import dev.salescycle.testkit.ApiClient;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * A mail server that is down or hangs: deliveries are retried with a back-off that doubles, HTTP requests
 * are answered meanwhile, and the message goes out once the server is back.
 */
@Timeout(600)
class SmtpOutageTest {

    static final String TOKEN = "outage-admin-token";
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void deliveriesRetryWithDoublingWaitsAndHttpIsAnsweredWhileTheMailServerHangs() throws Exception {
        int port = freePort();
        MutableClock clock = new MutableClock(T0);
        try (TestHost host = TestHost.builder(dir).clock(clock).plugin(Plugins.zip("retention-drip")).config(TestKeys.config("""
                host:
                  adminToken: %s
                  mail: { smtpHost: 127.0.0.1, smtpPort: %d }
                  retention: { pollInterval: 50ms }
                shops:
                  coffee: { currency: EUR, hookBudget: PT5S, requestBudget: PT10S, plugins: [ retention-drip ] }
                """.formatted(TOKEN, port))).start()) {
            ApiClient api = TestKeys.client(host);
            placeOrder(api, "o-1", "ann@example.org");

            // Attempt 1: nothing listens, the connection is refused.
            clock.advance(Duration.ofDays(1));
            JsonNode welcome = await().atMost(Duration.ofSeconds(10)).until(() -> welcome(api), m -> m.get("attempts").size() == 1);
            assertThat(welcome.get("status").asText()).isEqualTo("scheduled");
            assertThat(welcome.get("lastError").asText()).contains("SMTP 127.0.0.1:" + port);
            Instant failedAt = Instant.parse(welcome.get("attempts").get(0).get("attemptedAt").asText());
            assertThat(Instant.parse(welcome.get("nextAttemptAt").asText())).isEqualTo(failedAt.plus(Duration.ofMinutes(1)));

            try (Blackhole hanging = new Blackhole(port)) {
                clock.advance(Duration.ofMinutes(1));
                await().atMost(Duration.ofSeconds(10)).until(() -> hanging.openConnections() == 1);

                List<ApiClient.Response> answers = whileBusy(api, 40);

                assertThat(answers).extracting(ApiClient.Response::status).containsOnly(201);
                assertThat(hanging.openConnections()).as("the delivery still hangs").isEqualTo(1);
                // Attempt 2 ends with the mail server's read time-out.
                welcome = await().atMost(Duration.ofSeconds(20)).until(() -> welcome(api), m -> m.get("attempts").size() == 2);
            }
            Instant secondFailure = Instant.parse(welcome.get("attempts").get(1).get("attemptedAt").asText());
            assertThat(Instant.parse(welcome.get("nextAttemptAt").asText()))
                    .isEqualTo(secondFailure.plus(Duration.ofMinutes(2)));
            assertThat(welcome.get("status").asText()).isEqualTo("scheduled");

            GreenMail smtp = startOn(port);
            try {
                clock.advance(Duration.ofMinutes(1));
                assertThat(host.host().runtime().retention().scheduler().runOnce()).as("not due yet").isZero();
                clock.advance(Duration.ofMinutes(1));
                await().atMost(Duration.ofSeconds(10)).until(() -> welcome(api).get("status").asText().equals("sent"));
                assertThat(Mails.to(smtp.getReceivedMessages(), "ann@example.org")).hasSize(1);
                assertThat(welcome(api).get("attempts")).extracting(a -> a.get("outcome").asText())
                        .containsExactly("failed", "failed", "sent");
            } finally {
                smtp.stop();
            }
        }
    }

    /** Places orders and captures leads on 8 threads while the scheduler is stuck. */
    private static List<ApiClient.Response> whileBusy(ApiClient api, int requests) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                calls.add(CompletableFuture.supplyAsync(() -> n % 2 == 0
                        ? api.post("/api/v1/shops/coffee/leads", "{\"email\":\"lead" + n + "@example.org\"}")
                        : placeOrder(api, "busy-" + n, "busy" + n + "@example.org"), pool));
            }
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private static ApiClient.Response placeOrder(ApiClient api, String orderId, String email) {
        return api.post("/api/v1/shops/coffee/orders", """
                {"orderId":"%s","customerEmail":"%s","currency":"EUR",
                 "lines":[{"sku":"beans","quantity":1,"unitPrice":"12.50"}],"total":"12.50"}""".formatted(orderId, email));
    }

    /** The welcome message of order o-1 as the customer export shows it. */
    private static JsonNode welcome(ApiClient api) {
        ApiClient.Response export = api.get("/api/v1/shops/coffee/customers/ann@example.org", Http.bearer(TOKEN));
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        for (JsonNode message : FiveStagesTest.json(export).get("orders").get(0).get("messages")) {
            if (message.get("msgKey").asText().equals("welcome")) {
                return message;
            }
        }
        throw new AssertionError("no welcome message in " + export.body());
    }

    /**
     * A free port below the ephemeral range (32768 and up on Linux). The mail server's port stays unbound for
     * long stretches of this test; one the system hands out to outgoing connections could meanwhile be taken
     * by one of the test's own HTTP connections, and the mail server could then not bind it.
     */
    private static int freePort() throws Exception {
        java.util.Random random = new java.util.Random();
        for (int tries = 0; tries < 100; tries++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
                return port;
            } catch (java.io.IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    /**
     * The mail server comes back on the port the hanging one held: binding it again can fail while that socket is
     * still being released, so the start is tried again for a while.
     */
    private static GreenMail startOn(int port) {
        return await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            GreenMail server = new GreenMail(SmtpServers.onPort(port));
            try {
                server.start();
                return server;
            } catch (RuntimeException e) {
                server.stop();
                throw e;
            }
        }, java.util.Objects::nonNull);
    }
}
