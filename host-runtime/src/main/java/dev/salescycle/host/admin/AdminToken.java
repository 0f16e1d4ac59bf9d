package dev.salescycle.host.admin;

import dev.salescycle.host.access.Bearer;
import dev.salescycle.host.access.Digests;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Checks {@code Authorization: Bearer <token>} against the configured admin token, kept only as its SHA-256
 * digest and compared in constant time. The config may give the token itself or {@code sha256:<hex>} of it.
 */
public final class AdminToken {

    private static final Pattern DIGEST = Pattern.compile("sha256:([0-9a-fA-F]{64})");

    private final byte[] expected;

    /** @param token the configured token (or {@code sha256:<hex>} of it), or null when the admin API is off */
    public AdminToken(String token) {
        if (token == null) {
            this.expected = null;
        } else {
            var m = DIGEST.matcher(token);
            this.expected = m.matches() ? HexFormat.of().parseHex(m.group(1)) : Digests.sha256(token);
        }
    }

    public boolean enabled() {
        return expected != null;
    }

    /** Whether the header carries the token; always false when the admin API is off. */
    public boolean accepts(String authorizationHeader) {
        return matches(Bearer.token(authorizationHeader));
    }

    /** Whether this is the token (as typed into the console's sign-in); always false when the admin API is off. */
    public boolean matches(String token) {
        return expected != null && token != null && MessageDigest.isEqual(expected, Digests.sha256(token));
    }

    /**
     * The key that signs console sessions: the host's session secret bound to this token's digest, so that a
     * new admin token ends every session signed under the old one. Null when the admin API is off.
     */
    public byte[] sessionKey(byte[] secret) {
        if (expected == null) {
            return null;
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
