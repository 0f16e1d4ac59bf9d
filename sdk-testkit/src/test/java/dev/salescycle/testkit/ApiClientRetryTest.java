package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A connection closed under a request without an answer (what the JDK client reports as "header parser received
 * no bytes" when it reuses a pooled connection the server closed while idle): idempotent requests are sent once
 * more, others fail, since the server may have acted on them.
 */
@Timeout(60)
class ApiClientRetryTest {

    @Test
    void aGetIsSentAgainOnce() throws Exception {
        try (DroppingServer server = new DroppingServer(1)) {
            ApiClient.Response answer = new ApiClient(server.base()).get("/health");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @Test
    void aCartEvaluationAndAPostWithAnIdempotencyKeyAreSentAgain() throws Exception {
        try (DroppingServer server = new DroppingServer(1)) {
            assertThat(new ApiClient(server.base()).post("/api/v1/shops/s/cart/evaluate", "{}").status()).isEqualTo(200);
            assertThat(server.requests()).isEqualTo(2);
        }
        try (DroppingServer server = new DroppingServer(1)) {
            assertThat(new ApiClient(server.base()).post("/api/v1/shops/s/orders", "{}", Map.of("Idempotency-Key", "k-1"))
                    .status()).isEqualTo(200);
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @Test
    void aPutAndADeleteAreSentAgain() throws Exception {
        try (DroppingServer server = new DroppingServer(1)) {
            assertThat(new ApiClient(server.base()).put("/api/v1/shops/s/products", "[]").status()).isEqualTo(200);
            assertThat(server.requests()).isEqualTo(2);
        }
        try (DroppingServer server = new DroppingServer(1)) {
            assertThat(new ApiClient(server.base()).delete("/api/v1/shops/s/customers/a@b.c", Map.of()).status())
                    .isEqualTo(200);
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @Test
    void aPlainPostIsNotSentTwice() throws Exception {
        try (DroppingServer server = new DroppingServer(1)) {
            assertThatThrownBy(() -> new ApiClient(server.base()).post("/api/v1/shops/s/leads", "{}"))
                    .isInstanceOf(UncheckedIOException.class);
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    /** Once more only: a host that keeps closing connections is a failure to see. */
    @Test
    void twoFailuresInARowAreReported() throws Exception {
        try (DroppingServer server = new DroppingServer(2)) {
            assertThatThrownBy(() -> new ApiClient(server.base()).put("/api/v1/shops/s/products", "[]"))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("header parser received no bytes");
            assertThat(server.requests()).isEqualTo(2);
        }
    }
}
