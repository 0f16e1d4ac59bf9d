package dev.salescycle.it.abuse;

import static dev.salescycle.it.abuse.AbuseHost.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** OWASP API4:2023, unrestricted resource consumption: rate limits per client and shop, body size, slow senders. */
@Timeout(600)
class ResourceConsumptionTest extends AbuseTest {

    private static final String LEAD = "{\"email\":\"someone@example.org\"}";

    @Test
    void leadsPerClientAreLimitedWithRetryAfterAndRateLimitHeaders() {
        Map<String, String> me = client();
        for (int i = 0; i < 5; i++) {
            AbuseHost.Answer ok = host.post("api/v1/shops/a/leads", me, LEAD);
            assertThat(ok.status()).isEqualTo(201);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo("5");
            assertThat(ok.header("RateLimit-Remaining")).isEqualTo(String.valueOf(4 - i));
            assertThat(Integer.parseInt(ok.header("RateLimit-Reset"))).isBetween(1, 60);
        }
        AbuseHost.Answer limited = host.post("api/v1/shops/a/leads", me, LEAD);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error()).isEqualTo("rate_limited");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(host.post("api/v1/shops/a/leads", client(), LEAD).status()).as("another client").isEqualTo(201);
        assertThat(host.post("api/v1/shops/a/cart/evaluate", me, "{\"currency\":\"EUR\",\"lines\":[]}").status())
                .as("the cart has its own bucket").isEqualTo(200);
    }

    @Test
    void aShopsOwnLimitHoldsAcrossClients() {
        for (int i = 0; i < 3; i++) {
            assertThat(host.post("api/v1/shops/b/leads", client(), LEAD).status()).isEqualTo(201);
        }
        AbuseHost.Answer limited = host.post("api/v1/shops/b/leads", client(), LEAD);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("error").path("message").asText()).contains("shop");
    }

    @Test
    void forwardedForCountsOnlyFromATrustedProxy(@TempDir Path own) {
        try (var direct = dev.salescycle.it.TestHost.builder(own).config("""
                host:
                  rateLimits: { leads: { perClient: 2/1m } }
                shops:
                  s: { currency: EUR, plugins: [] }
                """).start()) {
            var client = direct.client();
            for (int i = 0; i < 2; i++) {
                assertThat(client.post("/api/v1/shops/s/leads", LEAD, Map.of("X-Forwarded-For", "10.9.9." + i)).status())
                        .isEqualTo(201);
            }
            assertThat(client.post("/api/v1/shops/s/leads", LEAD, Map.of("X-Forwarded-For", "10.9.9.77")).status())
                    .as("a forged X-Forwarded-For from an untrusted socket changes nothing").isEqualTo(429);
        }
    }

    @Test
    void aBodyOverTheLimitIs413() {
        AbuseHost.Answer tooLarge = host.post("api/v1/shops/a/cart/evaluate", client(),
                "{\"currency\":\"EUR\",\"cartId\":\"" + "x".repeat(10_000) + "\",\"lines\":[]}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.error()).isEqualTo("body_too_large");
    }

    @Test
    void aSlowBodyIsCutOffWhileOthersAreAnswered() throws Exception {
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try (Socket socket = new Socket("127.0.0.1", host.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/shops/a/cart/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2000\r\n\r\n{\"currency\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            drip.scheduleAtFixedRate(() -> write(out, " "), 200, 200, TimeUnit.MILLISECONDS);
            AtomicReference<String> answer = readInBackground(socket);
            assertThat(host.post("api/v1/shops/a/cart/evaluate", client(), "{\"currency\":\"EUR\",\"lines\":[]}").status())
                    .isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> answer.get() != null);
            assertThat(answer.get()).as("5 bytes a second is below the 200 the host asks for").startsWith("HTTP/1.1 408")
                    .contains("request_timeout");
        } finally {
            drip.shutdownNow();
        }
    }

    @Test
    void slowHeadersLoseTheirConnection() throws Exception {
        ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
        try (Socket socket = new Socket("127.0.0.1", host.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            drip.scheduleAtFixedRate(() -> write(out, "X-Slow: a\r\n"), 300, 300, TimeUnit.MILLISECONDS);
            AtomicBoolean closed = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try {
                    InputStream in = socket.getInputStream();
                    while (in.read() >= 0) {
                        // an answer would be read here; none comes before the close
                    }
                } catch (IOException e) {
                    // a reset is a close too
                }
                closed.set(true);
            });
            reader.start();
            assertThat(host.get("health", client()).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).untilTrue(closed);
        } finally {
            drip.shutdownNow();
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static AtomicReference<String> readInBackground(Socket socket) {
        AtomicReference<String> answer = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                answer.set(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                answer.set("closed: " + e);
            }
        });
        reader.start();
        return answer;
    }
}
