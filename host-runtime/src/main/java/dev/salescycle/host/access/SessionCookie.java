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
        try {
            byte[] payload = D64.decode(value.substring(0, Math.max(0, dot)));
            byte[] mac = D64.decode(value.substring(dot + 1));
            if (dot < 1 || !MessageDigest.isEqual(mac, hmac(key, payload))) {
                return null;
            }
            if (!value.equals(B64.encodeToString(payload) + "." + B64.encodeToString(mac))) {
                return null; // spare bits or padding: one session, one text
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
