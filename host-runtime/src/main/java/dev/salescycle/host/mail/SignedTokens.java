package dev.salescycle.host.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for links in mails: {@code base64url(fields and expiry-seconds, LF-separated) "." base64url(mac)},
 * where the mac is HMAC-SHA256 of the first part under the host's secret. Each kind of token has its own
 * number of fields, so one kind is never accepted as another.
 */
final class SignedTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_TOKEN_LENGTH = 4096;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token signed: its fields and its expiry. */
    record Verified(List<String> fields, Instant expiresAt) {
    }

    private final SecretKeySpec key;
    private final Clock clock;
    private final String kind;

    /**
     * @param secret the signing key, at least 32 bytes
     * @param kind what the tokens are for, as error messages name it ("unsubscribe", "tracking")
     */
    SignedTokens(byte[] secret, Clock clock, String kind) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the " + kind + " secret must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = clock;
        this.kind = kind;
    }

    /** Signs the fields, none holding a line feed, to expire after the validity from now. */
    String sign(List<String> fields, Duration validity) {
        Instant expiry = clock.instant().plus(validity);
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            if (field.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a token field cannot hold a line feed");
            }
            text.append(field).append('\n');
        }
        String payload = ENCODER.encodeToString(text.append(expiry.getEpochSecond()).toString()
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * Checks signature, shape and expiry.
     *
     * @throws InvalidTokenException if the token is malformed, not signed with this secret, or expired
     */
    Verified verify(String token, int fieldCount) throws InvalidTokenException {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidTokenException("the " + kind + " token is missing or too long");
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw new InvalidTokenException("the " + kind + " token is malformed");
        }
        String payload = token.substring(0, dot);
        // The signature as this host writes it, compared as text: a decoder ignores the spare low bits of the last
        // base64 character, so comparing decoded bytes accepted a last character that differed only in those bits.
        byte[] expected = ENCODER.encodeToString(mac(payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidTokenException("the " + kind + " token is not valid (altered, or not signed by this shop)");
        }
        String[] fields = new String(decode(payload), StandardCharsets.UTF_8).split("\n", -1);
        if (fields.length != fieldCount + 1 || !fields[fieldCount].matches("\\d{1,18}")) {
            throw new InvalidTokenException("the " + kind + " token is malformed");
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[fieldCount]));
        if (!clock.instant().isBefore(expires)) {
            throw new InvalidTokenException("the " + kind + " link has expired");
        }
        return new Verified(List.of(Arrays.copyOf(fields, fieldCount)), expires);
    }

    private byte[] decode(String base64) throws InvalidTokenException {
        try {
            return DECODER.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("the " + kind + " token is malformed");
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
