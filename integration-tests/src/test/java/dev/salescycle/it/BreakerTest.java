package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.dispatch.CircuitBreaker;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.testkit.ApiClient;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/** A plugin that keeps failing is kept out by its circuit breaker, and the others go on. */
@Timeout(600)
class BreakerTest {

    @Test
    void repeatedFailuresOpenTheBreakerAndTheHookIsNoLongerCalled(@TempDir Path dir) {
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  breaker: { window: 10, minCalls: 5, failurePercent: 50, openFor: PT60S }
                shops:
                  s:
                    currency: EUR
                    plugins: [ fault-throws, conversion-offers ]
                """)).plugin(Plugins.zip("fault-throws")).plugin(Plugins.zip("conversion-offers")).start()) {
            String cart = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"unitPrice\":\"5.00\"}]}";
            for (int i = 0; i < 5; i++) {
                ApiClient.Response r = TestKeys.client(host).post("/api/v1/shops/s/cart/evaluate", cart);
                assertThat(r.body()).contains("\"plugin\":\"fault-throws\",\"hook\":\"conversion-offer\",\"reason\":\"error: IllegalStateException\"");
            }
            ApiClient.Response after = TestKeys.client(host).post("/api/v1/shops/s/cart/evaluate", cart);
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.body()).contains("\"plugin\":\"fault-throws\",\"hook\":\"conversion-offer\",\"reason\":\"skipped: circuit breaker open after repeated failures\"")
                    .contains("\"plugin\":\"conversion-offers\"");
            var stats = host.host().runtime().shops().require("s").hooks(HookKind.CONVERSION_OFFER).get(0).stats();
            assertThat(stats.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(stats.calls()).isEqualTo(5);
            assertThat(stats.skips()).isEqualTo(1);
        }
    }
}
