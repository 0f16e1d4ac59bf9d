package dev.salescycle.host.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class RetentionConfigTest {

    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    @Test
    void readsRetentionSettingsAndThePublicUrl() {
        HostConfig config = loader.parse("c.yaml", """
                host:
                  publicUrl: https://api.shop.example/
                  retention: { pollInterval: 500ms, batchSize: 50, maxAttempts: 3, retryDelay: PT30S,
                               claimTimeout: PT2M, unsubscribeSecret: "0123456789abcdef0123456789abcdef",
                               trackOpensAndClicks: false }
                shops:
                  s: { currency: EUR }
                """);

        assertThat(config.host().publicUrl()).isEqualTo("https://api.shop.example/");
        assertThat(config.host().retention()).isEqualTo(new RetentionSettings(Duration.ofMillis(500), 50, 3,
                Duration.ofSeconds(30), Duration.ofMinutes(2), "0123456789abcdef0123456789abcdef", false));
        assertThat(config.host().retention().toString()).doesNotContain("0123456789abcdef");
    }

    @Test
    void withoutThemTheDefaultsApply() {
        HostConfig config = loader.parse("c.yaml", "shops:\n  s: { currency: EUR }\n");

        assertThat(config.host().publicUrl()).isNull();
        assertThat(config.host().retention()).isEqualTo(RetentionSettings.DEFAULTS);
    }

    @Test
    void badValuesNameTheLineAndField() {
        assertThatThrownBy(() -> loader.parse("c.yaml", "host:\n  retention:\n    batchSize: 0\nshops: { s: { currency: EUR } }"))
                .hasMessage("host.retention.batchSize: expected integer 1..1000, got 0 (c.yaml line 3)");
        assertThatThrownBy(() -> loader.parse("c.yaml", "host:\n  retention: { unsubscribeSecret: short }\nshops: { s: { currency: EUR } }"))
                .hasMessageContaining("host.retention.unsubscribeSecret: must be at least 32 characters long");
        assertThatThrownBy(() -> loader.parse("c.yaml", "host:\n  publicUrl: ftp://x\nshops: { s: { currency: EUR } }"))
                .hasMessageContaining("host.publicUrl: expected an http or https URL");
        assertThatThrownBy(() -> loader.parse("c.yaml", "host:\n  retention: { pollEvery: PT1S }\nshops: { s: { currency: EUR } }"))
                .hasMessageContaining("unknown key");
    }
}
