package dev.salescycle.host.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a raw path into its segments and percent-decodes each on its own, so that a segment may hold an
 * encoded {@code /} or {@code %} (a customer's address) without becoming two. Malformed escapes or bytes
 * that are not UTF-8 are a 400, never a 500.
 */
final class Paths {

    private Paths() {
    }

    /** The decoded segments of a path such as {@code /api/v1/shops/s/leads}; a trailing slash adds none. */
    static String[] segments(String rawPath) {
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            throw invalid("the path must start with /", "path");
        }
        String trimmed = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(1, rawPath.length() - 1)
                : rawPath.substring(1);
        String[] parts = trimmed.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = decode(parts[i], false, "path");
        }
        return parts;
    }

    /**
     * Percent-decodes text as UTF-8.
     *
     * @param plusIsSpace whether {@code +} stands for a space (query strings and forms)
     */
    static String decode(String text, boolean plusIsSpace, String field) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (lo < 0) {
                    throw invalid("malformed percent-encoding in " + field, field);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw invalid(field + " is not UTF-8 once decoded", field);
        }
    }

    private static RequestException invalid(String message, String field) {
        return new RequestException(400, "invalid_" + (field.equals("path") ? "path" : "query"), message, field);
    }
}
