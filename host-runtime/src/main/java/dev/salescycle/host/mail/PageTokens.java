package dev.salescycle.host.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that let a browser reach one page without a secret of its own: an order's thank-you page (the shop's
 * server gets the token from {@code POST /orders}) and the confirmation of a lead's marketing consent (mailed
 * to the address). Each kind is signed under its own key derived from the host's secret, so that no token of
 * one kind (nor an unsubscribe or tracking token) is accepted as another. Checking one needs no database read.
 */
public final class PageTokens {

    /** How long a thank-you token works: long enough for a link in the order confirmation mail. */
    public static final Duration THANK_YOU_VALIDITY = Duration.ofDays(90);

    /**
     * What a valid consent token says.
     *
     * @param shopId the shop
     * @param email the address, lower case
     * @param expiresAt when the request for consent lapses
     */
    public record ConsentRequest(String shopId, String email, Instant expiresAt) {
    }

    private final SignedTokens thankYou;
    private final SignedTokens consent;

    /** @param secret the host's secret, at least 32 bytes (the one signing unsubscribe links) */
    public PageTokens(byte[] secret, Clock clock) {
        this.thankYou = new SignedTokens(derive(secret, "thank-you"), clock, "thank-you");
        this.consent = new SignedTokens(derive(secret, "consent"), clock, "confirmation");
    }

    public String thankYou(String shopId, String orderId) {
        return thankYou.sign(List.of(shopId, orderId), THANK_YOU_VALIDITY);
    }

    /** Whether the token was made by {@link #thankYou} for this shop and order and has not expired. */
    public boolean isThankYou(String token, String shopId, String orderId) {
        try {
            return thankYou.verify(token, 2).fields().equals(List.of(shopId, orderId));
        } catch (InvalidTokenException e) {
            return false;
        }
    }

    public String consent(String shopId, String email, Duration validity) {
        return consent.sign(List.of(shopId, email.toLowerCase(Locale.ROOT)), validity);
    }

    /** @throws InvalidTokenException if it is malformed, forged, of another kind or lapsed */
    public ConsentRequest verifyConsent(String token) throws InvalidTokenException {
        SignedTokens.Verified verified = consent.verify(token, 2);
        return new ConsentRequest(verified.fields().get(0), verified.fields().get(1), verified.expiresAt());
    }

    private static byte[] derive(byte[] secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(("salescycle page token: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
