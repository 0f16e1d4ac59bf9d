package dev.salescycle.it.abuse;

import static dev.salescycle.it.abuse.AbuseHost.bearer;
import static dev.salescycle.it.abuse.AbuseHost.client;
import static dev.salescycle.it.abuse.AbuseHost.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** OWASP API2:2023, broken authentication: keys and the admin token, their scheme, and backoff on guessing. */
@Timeout(600)
class AuthenticationTest extends AbuseTest {

    @Test
    void aMissingWrongOrOtherShopsKeyIsA401WithAChallenge() {
        for (Map<String, String> credential : java.util.List.of(Map.<String, String>of(), bearer("wrong-key-000000000000000000"),
                bearer(AbuseHost.KEY_B), Map.of("Authorization", "Basic " + AbuseHost.KEY_A), bearer(AbuseHost.ADMIN))) {
            AbuseHost.Answer refused = host.get("api/v1/shops/a/products", headers(credential, client()));
            assertThat(refused.status()).as(credential.toString()).isEqualTo(401);
            assertThat(refused.error()).isEqualTo("unauthorized");
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        for (String scheme : new String[] {"Bearer", "bearer", "BEARER", "bEaReR"}) {
            assertThat(host.get("api/v1/shops/a/products", headers(Map.of("Authorization", scheme + " " + AbuseHost.KEY_A),
                    client())).status()).as(scheme).isEqualTo(200);
            assertThat(host.get("admin/config", headers(Map.of("Authorization", scheme + " " + AbuseHost.ADMIN),
                    client())).status()).as(scheme).isEqualTo(200);
        }
    }

    @Test
    void wrongAdminTokensBackOffTheClientAndThenEvenTheRightOneWaits() {
        Map<String, String> me = client();
        for (int i = 0; i < 6; i++) {
            // each wrong token that is checked counts; while the client waits, it is refused unchecked
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                    host.get("admin/config", headers(bearer("wrong-admin-token-0000"), me)).status() == 401);
        }
        AbuseHost.Answer waiting = host.get("admin/config", headers(bearer(AbuseHost.ADMIN), me));
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.error()).isEqualTo("too_many_failures");
        assertThat(Integer.parseInt(waiting.header("Retry-After"))).isBetween(1, 5);
        assertThat(host.get("admin/config", headers(bearer(AbuseHost.ADMIN), client())).status())
                .as("another client is not held up").isEqualTo(200);
        AtomicReference<Integer> status = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            status.set(host.get("admin/config", headers(bearer(AbuseHost.ADMIN), me)).status());
            return status.get() != 429;
        });
        assertThat(status.get()).as("after the wait the right token works").isEqualTo(200);
    }

    @Test
    void guessingShopKeysBacksOffToo() {
        Map<String, String> me = client();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                host.get("api/v1/shops/a/products", headers(bearer("guess-" + System.nanoTime() + "-000000000"), me))
                        .status() == 429);
        assertThat(host.get("api/v1/shops/a/products", headers(bearer(AbuseHost.KEY_A), me)).status()).isEqualTo(429);
    }
}
