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
        String token = Bearer.token(authorizationHeader);
        return expected != null && token != null && MessageDigest.isEqual(expected, Digests.sha256(token));
    }
}
