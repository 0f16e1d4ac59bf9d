package dev.salescycle.host.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The config reader on any text: it gives a config, or a {@link ConfigException} that names the file; anything else
 * would stop the host with a stack trace instead of a message. In the build it runs on its committed inputs; with
 * {@code JAZZER_FUZZ=1} it is fuzzed (docs/fuzzing.md).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ConfigFuzzTest {

    private static final Map<String, String> ENV = Map.of("TOKEN", "a-long-admin-token", "PASSWORD", "pa ss #word: *x &y");
    private final ConfigLoader loader = new ConfigLoader(ENV::get);

    @FuzzTest(maxDuration = "5m")
    void yaml(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            HostConfig config = loader.parse("fuzz.yaml", text);
            assertThat(config.shops()).isNotEmpty();
        } catch (ConfigException e) {
            assertThat(e.getMessage()).contains("fuzz.yaml");
        }
    }
}
