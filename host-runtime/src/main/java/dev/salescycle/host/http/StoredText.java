package dev.salescycle.host.http;

/**
 * Checks an imported order id or sku against what the store keeps: at most 200 characters, no control
 * characters. Checked per line, so that one bad line is reported instead of failing its whole batch.
 */
final class StoredText {

    static final int MAX_CHARS = 200;

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
            if (Character.isISOControl(value.charAt(i))) {
                return "contains a control character at position " + (i + 1);
            }
        }
        return null;
    }
}
