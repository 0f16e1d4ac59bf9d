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
class UnsubscribeTokensTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final byte[] SECRET = "a secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSignedTokenVerifiesToItsShopAndAddress() throws Exception {
        UnsubscribeToken token = tokens.verify(tokens.sign("coffee", "Ann@Example.com"));

        assertThat(token).isEqualTo(new UnsubscribeToken("coffee", "ann@example.com",
                NOW.plus(UnsubscribeTokens.VALIDITY)));
    }

    @Test
    void anAlteredAddressOrSignatureIsRefused() {
        String token = tokens.sign("coffee", "ann@example.com");
        String payload = token.substring(0, token.indexOf('.'));
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                        .replace("ann@", "bob@").getBytes(StandardCharsets.UTF_8));
        String otherMac = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");

        assertThatThrownBy(() -> tokens.verify(otherPayload + token.substring(token.indexOf('.'))))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("not valid");
        assertThatThrownBy(() -> tokens.verify(otherMac)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aSignatureWhoseLastCharacterDiffersOnlyInItsSpareBitsIsRefused() {
        String token = tokens.sign("coffee", "ann@example.com");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(token.charAt(token.length() - 1));
        for (int spare = 1; spare < 4; spare++) {
            // A 32-byte MAC ends in a character of which only the high 4 of 6 bits count.
            String twin = token.substring(0, token.length() - 1) + alphabet.charAt(last ^ spare);
            assertThat(Base64.getUrlDecoder().decode(twin.substring(twin.indexOf('.') + 1)))
                    .isEqualTo(Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1)));
            assertThatThrownBy(() -> tokens.verify(twin)).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void aTokenOfAnotherSecretIsRefused() {
        UnsubscribeTokens other = new UnsubscribeTokens("another secret, also long enough!!".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.verify(other.sign("coffee", "ann@example.com")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.sign("coffee", "ann@example.com");
        UnsubscribeTokens later = new UnsubscribeTokens(SECRET,
                Clock.fixed(NOW.plus(UnsubscribeTokens.VALIDITY), ZoneOffset.UTC));

        assertThatThrownBy(() -> later.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void garbageIsRefusedWithoutObscureErrors() {
        for (String garbage : new String[] {null, "", "abc", ".abc", "abc.", "!!!.???", "a".repeat(3000)}) {
            assertThatThrownBy(() -> tokens.verify(garbage)).as(String.valueOf(garbage))
                    .isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new UnsubscribeTokens(new byte[31], Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
