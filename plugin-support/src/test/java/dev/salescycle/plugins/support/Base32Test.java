package dev.salescycle.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class Base32Test {

    /** RFC 4648 section 10 test vectors, without the padding and the last partial character. */
    @ParameterizedTest
    @CsvSource({"f, M", "fo, MZX", "foo, MZXW", "foob, MZXW6Y", "fooba, MZXW6YTB", "foobar, MZXW6YTBO"})
    void matchesTheRfcVectors(String input, String expected) {
        byte[] bytes = input.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes, bytes.length * 8 / 5)).isEqualTo(expected);
    }

    @Test
    void stopsAfterTheRequestedLength() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII), 4)).isEqualTo("MZXW");
    }

    @Test
    void encodesHighBytes() {
        assertThat(Base32.encode(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}, 8))
                .isEqualTo("77777777");
    }

    @Test
    void refusesMoreCharactersThanTheBytesHold() {
        assertThatThrownBy(() -> Base32.encode(new byte[2], 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
