package dev.salescycle.host.experiments.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/** The encoder writes exactly the bytes of {@code String.getBytes(UTF_8)}, malformed text included. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "visitor-42", "Ærøskøbing", "顧客-7", "naïve 🛒 cart", "\uD83D", "x\uDC00y", "end\uD83D",
        "\uDC00\uD83D", "\u007F\u0080\u07FF\u0800\uFFFF"})
    void encodesAsTheJdkDoes(String text) {
        byte[] buffer = new byte[3 + Utf8.maxBytes(text)];
        int end = Utf8.encode(text, buffer, 3);

        assertThat(Arrays.copyOfRange(buffer, 3, end)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
