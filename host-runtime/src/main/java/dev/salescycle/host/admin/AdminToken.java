package dev.salescycle.host.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks {@code Authorization: Bearer <token>} against the configured admin token in constant time. */
public final class AdminToken {

    private final byte[] expected;

    /** @param token the configured token, or null when the admin API is off */
    public AdminToken(String token) {
        this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public boolean enabled() {
        return expected != null;
    }

    /** Whether the header carries the token; always false when the admin API is off. */
    public boolean accepts(String authorizationHeader) {
        if (expected == null || authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorizationHeader.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
