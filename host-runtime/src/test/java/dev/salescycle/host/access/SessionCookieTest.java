package dev.salescycle.host.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SessionCookieTest {

    private static final byte[] KEY = "k".repeat(32).getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER = "o".repeat(32).getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCookieReadsBackOnlyWithItsKey() {
        SessionCookie session = new SessionCookie("abc_-123", 1_000, 1_060);
        String value = session.encode(KEY);
        assertThat(SessionCookie.decode(value, KEY)).isEqualTo(session);
        assertThat(SessionCookie.decode(value, OTHER)).isNull();
        assertThat(session.csrf(KEY)).isNotEqualTo(session.csrf(OTHER)).isNotEqualTo(new SessionCookie("x", 1, 1).csrf(KEY));
    }

    @Test
    void garbageAlteredOrOverlongValuesAreNoSession() {
        String good = new SessionCookie("id", 5, 6).encode(KEY);
        String payload = good.substring(0, good.indexOf('.'));
        String signedOther = Base64.getUrlEncoder().withoutPadding().encodeToString("v1:id:5:999".getBytes(StandardCharsets.US_ASCII));
        for (String bad : List.of("", ".", "a.b", "...", good + "x", "x" + good, payload, payload + ".",
                signedOther + good.substring(good.indexOf('.')), "%%%." + good.substring(good.indexOf('.') + 1),
                "A".repeat(5000), good.replace('.', ':'))) {
            assertThat(SessionCookie.decode(bad, KEY)).as(bad).isNull();
        }
        assertThat(SessionCookie.decode(null, KEY)).isNull();
    }

    @Test
    void aWellSignedPayloadOfTheWrongShapeIsNoSessionEither() {
        for (String text : List.of("v2:id:1:1", "v1::1:1", "v1:id:x:1", "v1:id:1", "v1:id:1:1:1")) {
            byte[] payload = text.getBytes(StandardCharsets.US_ASCII);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(SessionCookie.hmac(KEY, payload));
            assertThat(SessionCookie.decode(value, KEY)).as(text).isNull();
        }
    }

    @Test
    void aCookieWrittenAnotherWayForTheSameBytesIsNoSession() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String good = new SessionCookie("id", 5, 6).encode(KEY);
        int last = alphabet.indexOf(good.charAt(good.length() - 1));
        for (int spare = 1; spare < 4; spare++) {
            // A 32-byte MAC ends in a character of which only the high 4 of 6 bits count.
            String twin = good.substring(0, good.length() - 1) + alphabet.charAt(last ^ spare);
            assertThat(SessionCookie.decode(twin, KEY)).as(twin).isNull();
        }
        assertThat(SessionCookie.decode(good + "=", KEY)).isNull();
        assertThat(SessionCookie.decode(good, KEY)).isNotNull();
    }
}
