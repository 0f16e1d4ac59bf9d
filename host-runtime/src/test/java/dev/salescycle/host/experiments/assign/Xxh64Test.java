package dev.salescycle.host.experiments.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** XXH64 against the reference vectors published with xxHash and its ports (seed 0). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class Xxh64Test {

    @Test
    void shortInputsTakeTheTailPaths() {
        assertThat(hash("")).isEqualTo(0xEF46DB3751D8E999L);
        assertThat(hash("a")).isEqualTo(0xD24EC4F1A98C6E5BL);
        assertThat(hash("abc")).isEqualTo(0x44BC2CF5AD770999L);
    }

    @Test
    void inputsOf32BytesAndMoreTakeTheStripePath() {
        assertThat(hash("Nobody inspects the spammish repetition")).isEqualTo(0xFBCEA83C8A378BF1L);
        assertThat(hash("The quick brown fox jumps over the lazy dog")).isEqualTo(0x0B242D361FDA71BCL);
        assertThat(hash("a".repeat(32))).isEqualTo(0x856E843298F99AD7L);
        assertThat(hash("b".repeat(64))).isEqualTo(0xECBAF4BDF26B6349L);
    }

    @Test
    void aRangeInsideALargerArrayHashesLikeTheRangeAlone() {
        byte[] text = "Nobody inspects the spammish repetition".getBytes(StandardCharsets.US_ASCII);
        byte[] padded = new byte[text.length + 13];
        Arrays.fill(padded, (byte) 0x5A);
        System.arraycopy(text, 0, padded, 7, text.length);

        assertThat(Xxh64.hash(padded, 7, text.length)).isEqualTo(0xFBCEA83C8A378BF1L);
    }

    private static long hash(String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        return Xxh64.hash(bytes, 0, bytes.length);
    }
}
