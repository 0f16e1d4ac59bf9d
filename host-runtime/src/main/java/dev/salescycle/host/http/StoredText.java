package dev.salescycle.host.http;

import dev.salescycle.host.store.Store;

/**
 * Checks an id (order id, sku, visitor id) against what the store keeps: at most {@link Store#MAX_KEY_CHARS}
 * characters, no control characters, no lone surrogate (which no database encoding keeps). Checked when a request or an import line is read, so that a bad one is answered with its
 * field or line instead of failing in the store (with a whole import batch).
 */
final class StoredText {

    static final int MAX_CHARS = Store.MAX_KEY_CHARS;

    private StoredText() {
    }

    static String check(String value, String field) {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(field + ": " + problem);
        }
        return value;
    }

    /** What keeps the value out of the store, or null when it fits. */
    static String problem(String value) {
        if (value.length() > MAX_CHARS) {
            return "longer than " + MAX_CHARS + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return "contains a control character at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate at position " + (i + 1);
            }
        }
        int lone = loneSurrogate(value);
        return lone < 0 ? null : "contains half of a character (a lone UTF-16 surrogate) at position " + (lone + 1);
    }

    /**
     * Where the text holds half of a character: a UTF-16 surrogate without its other half, which no UTF-8 text
     * (the store's, an answer's) can hold. JSON's {@code \ud800} escape makes one.
     *
     * @return its index, or -1
     */
    static int loneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
