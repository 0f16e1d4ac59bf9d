package dev.salescycle.host.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class DurationTextTest {

    @Test
    void takesWholeMillisecondsSecondsMinutesHoursAndIso() {
        assertThat(DurationText.positive("50ms")).isEqualTo(Duration.ofMillis(50));
        assertThat(DurationText.positive(" 2s ")).isEqualTo(Duration.ofSeconds(2));
        assertThat(DurationText.positive("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.positive("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(DurationText.positive("PT0.05S")).isEqualTo(Duration.ofMillis(50));
        assertThat(DurationText.positive("8760h")).isEqualTo(DurationText.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0ms", "0s", "-1s", "1.5s", "2 s", "2S", "2sec", "1d", "8761h", "999999999999h", "PT0S", "-PT1S",
            "P366D", "ms", "s", ""})
    void refusesTheRest(String text) {
        assertThat(DurationText.positive(text)).as(text).isNull();
    }
}
