package dev.salescycle.host.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The signed tokens of the mail links and pages on any text: a token is either verified or refused with an
 * {@link InvalidTokenException} (a 400), and a token signed for fields reads back exactly those fields. In the build
 * each target runs on its committed inputs; with {@code JAZZER_FUZZ=1} it is fuzzed (docs/fuzzing.md).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class SignedTokensFuzzTest {

    private static final byte[] SECRET = "a fuzzing secret of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

    private final UnsubscribeTokens unsubscribe = new UnsubscribeTokens(SECRET, CLOCK);
    private final TrackingTokens tracking = new TrackingTokens(SECRET, CLOCK);
    private final PageTokens pages = new PageTokens(SECRET, CLOCK);

    @FuzzTest(maxDuration = "5m")
    void verify(byte[] data) {
        String token = new String(data, StandardCharsets.UTF_8);
        refusedOrRead(() -> unsubscribe.verify(token));
        refusedOrRead(() -> tracking.verify(token));
        refusedOrRead(() -> pages.verifyConsent(token));
        assertThat(pages.isThankYou(token, "shop", "order")).isEqualTo(token.equals(pages.thankYou("shop", "order")));
    }

    /** Fields separated by NUL in the input: what is signed is what is read back. */
    @FuzzTest(maxDuration = "5m")
    void roundTrip(byte[] data) throws InvalidTokenException {
        String[] parts = new String(data, StandardCharsets.UTF_8).split("\u0000", -1);
        String shop = parts[0];
        String email = parts.length > 1 ? parts[1] : "";
        String url = parts.length > 2 ? parts[2] : "https://example.org/";
        if ((shop + email + url).indexOf('\n') >= 0) {
            return; // no field holds a line feed: shop ids, addresses and links are checked before they are signed
        }
        UnsubscribeToken u = unsubscribe.verify(unsubscribe.sign(shop, email));
        assertThat(u.shopId()).isEqualTo(shop);
        assertThat(u.email()).isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
        PageTokens.ConsentRequest c = pages.verifyConsent(pages.consent(shop, email, Duration.ofDays(7)));
        assertThat(c.shopId()).isEqualTo(shop);
        TrackingToken open = tracking.verify(tracking.signOpen(shop, 42, email));
        assertThat(open.shopId()).isEqualTo(shop);
        assertThat(open.pluginId()).isEqualTo(email);
        assertThat(open.click()).isFalse();
        if (!url.isEmpty()) {
            TrackingToken click = tracking.verify(tracking.signClick(shop, 7, "p", url));
            assertThat(click.url()).isEqualTo(url);
            assertThat(click.click()).isTrue();
        }
    }

    private static void refusedOrRead(Verification verification) {
        try {
            assertThat(verification.run()).isNotNull();
        } catch (InvalidTokenException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @FunctionalInterface
    private interface Verification {
        Object run() throws InvalidTokenException;
    }
}
