package dev.salescycle.host.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks unsubscribe tokens: {@code base64url(shop LF email LF expiry-seconds) "." base64url(mac)},
 * where the mac is HMAC-SHA256 of the first part under the host's secret. Hosts sharing a database share
 * the secret, so a link works whichever host answers it.
 */
public final class UnsubscribeTokens {

    /** How long a link in a mail keeps working. */
    public static final Duration VALIDITY = Duration.ofDays(365);

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TOKEN_LENGTH = 2048;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    /**
     * @param secret the signing key, at least 32 bytes
     */
    public UnsubscribeTokens(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the unsubscribe secret must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = clock;
    }

    /** A token for the address, valid for {@link #VALIDITY} from now. */
    public String sign(String shopId, String email) {
        long expiry = clock.instant().plus(VALIDITY).getEpochSecond();
        String payload = ENCODER.encodeToString((shopId + "\n" + email.toLowerCase(Locale.ROOT) + "\n" + expiry)
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * Checks the token's signature and expiry.
     *
     * @throws InvalidTokenException if it is malformed, not signed with this secret, or expired
     */
    public UnsubscribeToken verify(String token) throws InvalidTokenException {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException("the unsubscribe token is missing or too long");
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw new InvalidTokenException("the unsubscribe token is malformed");
        }
        String payload = token.substring(0, dot);
        if (!MessageDigest.isEqual(mac(payload), decode(token.substring(dot + 1)))) {
            throw new InvalidTokenException("the unsubscribe token is not valid (altered, or not signed by this shop)");
        }
        String[] fields = new String(decode(payload), StandardCharsets.UTF_8).split("\n", -1);
        if (fields.length != 3 || !fields[2].matches("\\d{1,18}")) {
            throw new InvalidTokenException("the unsubscribe token is malformed");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[2]));
        if (!clock.instant().isBefore(expires)) {
            throw new InvalidTokenException("the unsubscribe link has expired");
        }
        return new UnsubscribeToken(fields[0], fields[1], expires);
    }

    private static byte[] decode(String base64) throws InvalidTokenException {
        try {
            return DECODER.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("the unsubscribe token is malformed");
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
