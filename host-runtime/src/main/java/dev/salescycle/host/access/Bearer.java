package dev.salescycle.host.access;

/** Reads {@code Authorization: Bearer <token>}; the scheme is case-insensitive (RFC 9110 section 11.1). */
public final class Bearer {

    private static final String SCHEME = "bearer";

    private Bearer() {
    }

    /** The token, or null when the header is absent, of another scheme, or empty. */
    public static String token(String header) {
        if (header == null || header.length() <= SCHEME.length() + 1
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || header.charAt(SCHEME.length()) != ' ') {
            return null;
        }
        String token = header.substring(SCHEME.length() + 1).strip();
        return token.isEmpty() ? null : token;
    }
}
