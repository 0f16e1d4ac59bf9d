package dev.salescycle.host.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class TrackingTokensTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final byte[] SECRET = "a secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final TrackingTokens tokens = new TrackingTokens(SECRET, CLOCK);

    @Test
    void openAndClickTokensVerifyToWhatTheySign() throws Exception {
        assertThat(tokens.verify(tokens.signOpen("coffee", 42, "retention-drip")))
                .isEqualTo(new TrackingToken(false, "coffee", 42, "retention-drip", null));
        assertThat(tokens.verify(tokens.signClick("coffee", 42, "retention-drip", "https://shop.example/a?b=1&c=2")))
                .isEqualTo(new TrackingToken(true, "coffee", 42, "retention-drip", "https://shop.example/a?b=1&c=2"));
    }

    @Test
    void aClickTargetCannotBeChangedSoTheRedirectIsNotOpen() {
        String token = tokens.signClick("coffee", 42, "drip", "https://shop.example/");
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload
                .replace("https://shop.example/", "https://evil.example/").getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("not valid");
    }

    @Test
    void unsubscribeAndTrackingTokensAreNotAcceptedForEachOther() {
        UnsubscribeTokens unsubscribe = new UnsubscribeTokens(SECRET, CLOCK);

        assertThatThrownBy(() -> tokens.verify(unsubscribe.sign("coffee", "ann@example.com")))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> unsubscribe.verify(tokens.signOpen("coffee", 1, "drip")))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("malformed");
    }

    @Test
    void expiredForeignAndGarbageTokensAreRefused() {
        String token = tokens.signOpen("coffee", 1, "drip");
        TrackingTokens later = new TrackingTokens(SECRET, Clock.fixed(NOW.plus(UnsubscribeTokens.VALIDITY), ZoneOffset.UTC));
        TrackingTokens other = new TrackingTokens("another secret, also long enough!!".getBytes(StandardCharsets.UTF_8), CLOCK);

        assertThatThrownBy(() -> later.verify(token)).hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.verify(other.signOpen("coffee", 1, "drip"))).hasMessageContaining("not valid");
        for (String garbage : new String[] {null, "", "x.y", "a".repeat(5000)}) {
            assertThatThrownBy(() -> tokens.verify(garbage)).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void aLinkTargetWithALineBreakIsNotSigned() {
        assertThatThrownBy(() -> tokens.signClick("coffee", 1, "drip", "https://a.example/\nx"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
