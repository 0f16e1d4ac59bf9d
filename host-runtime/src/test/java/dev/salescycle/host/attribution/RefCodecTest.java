package dev.salescycle.host.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.dispatch.HookKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RefCodecTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30Z");
    private final RefCodec codec = new RefCodec("k".repeat(32).getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedReferenceReadsBackWhatItSigned() {
        String ref = codec.sign("demo", HookKind.UPSELL, "co-purchase-upsell", "paper-filters", "v-1", AT);
        RefReading reading = codec.read(ref, "demo", "v-1");
        assertThat(reading.isValid()).isTrue();
        assertThat(reading.touch()).isEqualTo(new Touch(HookKind.UPSELL, "co-purchase-upsell", "paper-filters",
                TouchKind.LINE, AT));
        assertThat(ref).matches("[A-Za-z0-9_-]+").hasSizeLessThan(90);
    }

    @Test
    void eachStageReadsAsTheKindOfTouchItMakes() {
        assertThat(codec.read(codec.sign("s", HookKind.CONVERSION_OFFER, "p", "o", null, AT), "s", null).touch().kind())
                .isEqualTo(TouchKind.OFFER);
        assertThat(codec.read(codec.sign("s", HookKind.THANK_YOU_PAGE, "p", "COUPON", null, AT), "s", "any").touch()
                .kind()).isEqualTo(TouchKind.THANK_YOU);
        assertThat(codec.read(codec.sign("s", HookKind.LEAD_CAPTURE, "p", "x", null, AT), "s", null).ignored())
                .isEqualTo(Ignored.MISPLACED);
    }

    @Test
    void longAndNonAsciiFieldsRoundTrip() {
        String item = "é".repeat(150) + "\uD83D\uDE00";
        String ref = codec.sign("shöp", HookKind.UPSELL, "p".repeat(100), item, null, AT);
        Touch touch = codec.read(ref, "shöp", null).touch();
        assertThat(touch.item()).isEqualTo(item);
        assertThat(touch.plugin()).isEqualTo("p".repeat(100));
    }

    @Test
    void anotherShopsReferenceIsIgnoredAsSuch() {
        String ref = codec.sign("other", HookKind.UPSELL, "p", "sku", null, AT);
        assertThat(codec.read(ref, "demo", null).ignored()).isEqualTo(Ignored.OTHER_SHOP);
    }

    @Test
    void aReferenceBoundToAVisitorCountsForThatVisitorOnly() {
        String ref = codec.sign("s", HookKind.UPSELL, "p", "sku", "v-1", AT);
        assertThat(codec.read(ref, "s", "v-2").ignored()).isEqualTo(Ignored.FORGED);
        assertThat(codec.read(ref, "s", null).ignored()).isEqualTo(Ignored.FORGED);
        assertThat(codec.read(ref, "s", "v-1").isValid()).isTrue();
    }

    @Test
    void aReferenceSignedUnderAnotherSecretIsForged() {
        RefCodec other = new RefCodec("x".repeat(32).getBytes(StandardCharsets.UTF_8));
        assertThat(codec.read(other.sign("s", HookKind.UPSELL, "p", "sku", null, AT), "s", null).ignored())
                .isEqualTo(Ignored.FORGED);
    }

    @Test
    void everySingleBitFlippedIsIgnored() {
        byte[] bytes = Base64.getUrlDecoder().decode(codec.sign("s", HookKind.UPSELL, "plugin", "sku-1", "v", AT));
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] altered = bytes.clone();
                altered[i] ^= (byte) (1 << bit);
                RefReading reading = codec.read(Base64.getUrlEncoder().withoutPadding().encodeToString(altered), "s", "v");
                assertThat(reading.isValid()).as("byte %d bit %d", i, bit).isFalse();
            }
        }
    }

    @Test
    void everyTruncationIsIgnored() {
        String ref = codec.sign("s", HookKind.CONVERSION_OFFER, "plugin", "offer", null, AT);
        for (int n = 0; n < ref.length(); n++) {
            assertThat(codec.read(ref.substring(0, n), "s", null).isValid()).as("first %d characters", n).isFalse();
        }
        assertThat(codec.read(ref + "A", "s", null).isValid()).isFalse();
    }

    @Test
    void garbageIsMalformed() {
        assertThat(codec.read(null, "s", null).ignored()).isEqualTo(Ignored.MALFORMED);
        assertThat(codec.read("", "s", null).ignored()).isEqualTo(Ignored.MALFORMED);
        assertThat(codec.read("not a reference!", "s", null).ignored()).isEqualTo(Ignored.MALFORMED);
        assertThat(codec.read("A".repeat(RefCodec.MAX_CHARS + 1), "s", null).ignored()).isEqualTo(Ignored.MALFORMED);
        Random random = new Random(12);
        for (int i = 0; i < 2000; i++) {
            byte[] noise = new byte[random.nextInt(80)];
            random.nextBytes(noise);
            if (noise.length > 0) {
                noise[0] = 1;
            }
            String ref = Base64.getUrlEncoder().withoutPadding().encodeToString(noise);
            assertThat(codec.read(ref, "s", null).isValid()).as(ref).isFalse();
        }
    }

    @Test
    void aShortKeyIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RefCodec(new byte[16]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReferenceWrittenAnotherWayForTheSameBytesIsMalformed() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int twins = 0;
        for (String item : new String[] {"a", "ab", "abc"}) {
            String ref = codec.sign("s", HookKind.UPSELL, "p", item, null, AT);
            int last = alphabet.indexOf(ref.charAt(ref.length() - 1));
            for (int spare = 1; spare < 4; spare++) {
                String twin = ref.substring(0, ref.length() - 1) + alphabet.charAt(last ^ spare);
                if (Arrays.equals(Base64.getUrlDecoder().decode(twin), Base64.getUrlDecoder().decode(ref))) {
                    twins++;
                    assertThat(codec.read(twin, "s", null).ignored()).as(twin).isEqualTo(Ignored.MALFORMED);
                }
            }
            if (ref.length() % 4 != 0) {
                String padded = ref + "=".repeat(4 - ref.length() % 4);
                assertThat(codec.read(padded, "s", null).ignored()).as(padded).isEqualTo(Ignored.MALFORMED);
            }
            assertThat(codec.read(ref, "s", null).isValid()).isTrue();
        }
        assertThat(twins).as("references whose last character has spare bits").isPositive();
    }
}
