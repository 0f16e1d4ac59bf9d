package dev.salescycle.host.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The console's session as a cookie value: {@code base64url(v1:id:issued:lastSeen)} and its HMAC-SHA256, so that
 * any host holding the key can check it without asking the others. Times are epoch seconds.
 *
 * @param id the session's random id (what sign-out revokes)
 * @param issued when the operator signed in
 * @param lastSeen when the session last answered a request
 */
record SessionCookie(String id, long issued, long lastSeen) {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();
    private static final int MAX_VALUE = 200;

    String encode(byte[] key) {
        byte[] payload = ("v1:" + id + ":" + issued + ":" + lastSeen).getBytes(StandardCharsets.US_ASCII);
        return B64.encodeToString(payload) + "." + B64.encodeToString(hmac(key, payload));
    }

    /** The session a value carries, or null when it is malformed or its signature is not the key's. */
    static SessionCookie decode(String value, byte[] key) {
        if (value == null || value.length() > MAX_VALUE) {
            return null;
        }
        int dot = value.indexOf('.');
        if (dot < 1) {
            return null;
        }
        try {
            byte[] payload = D64.decode(value.substring(0, dot));
            // Compared as the text this host writes, so no other spelling of the same bytes (the spare bits of a
            // last base64 character, padding) passes.
            String expected = B64.encodeToString(payload) + "." + B64.encodeToString(hmac(key, payload));
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    value.getBytes(StandardCharsets.UTF_8))) {
                return null;
            }
            String[] parts = new String(payload, StandardCharsets.US_ASCII).split(":", -1);
            if (parts.length != 4 || !parts[0].equals("v1") || parts[1].isEmpty()) {
                return null;
            }
            return new SessionCookie(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException e) {
            return null; // bad base64 or number
        }
    }

    /** The CSRF token of this session: derived from its id with the key, the same on every host. */
    String csrf(byte[] key) {
        return B64.encodeToString(hmac(key, ("csrf:" + id).getBytes(StandardCharsets.US_ASCII)));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
