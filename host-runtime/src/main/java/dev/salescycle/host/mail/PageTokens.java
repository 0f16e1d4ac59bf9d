package dev.salescycle.host.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.security.MessageDigest;
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

    /**
     * What a valid consent token says.
     *
     * @param shopId the shop
     * @param email the address, lower case
     * @param expiresAt when the request for consent lapses
     */
    public record ConsentRequest(String shopId, String email, Instant expiresAt) {
    }

    private final byte[] thankYouKey;
    private final byte[] attributionKey;
    private final SignedTokens consent;

    /** @param secret the host's secret, at least 32 bytes (the one signing unsubscribe links) */
    public PageTokens(byte[] secret, Clock clock) {
        this.thankYouKey = derive(secret, "thank-you");
        this.attributionKey = derive(secret, "attribution");
        this.consent = new SignedTokens(derive(secret, "consent"), clock, "confirmation");
    }

    /**
     * The order's thank-you token: the HMAC of shop and order, the same every time (so that a repeated order
     * answers exactly as the first), with no expiry, like the order itself.
     */
    public String thankYou(String shopId, String orderId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(thankYouKey, shopId + "\n" + orderId));
    }

    /** Whether the token is the one {@link #thankYou} makes for this shop and order (compared in constant time). */
    public boolean isThankYou(String token, String shopId, String orderId) {
        return token != null && MessageDigest.isEqual(thankYou(shopId, orderId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key of attribution references, derived from the host's secret like the page tokens' keys: every host
     * with the same secret checks the references of the others.
     */
    public byte[] attributionKey() {
        return attributionKey.clone();
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
        return mac(secret, "salescycle page token: " + purpose);
    }

    private static byte[] mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
