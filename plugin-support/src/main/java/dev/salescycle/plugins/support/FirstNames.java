package dev.salescycle.plugins.support;

/**
 * A person's first name for a greeting, from a full name as customers type it.
 *
 * @since 1.0.0
 */
public final class FirstNames {

    private static final int MAX_LENGTH = 40;

    private FirstNames() {
    }

    /** The first word of the name, at most 40 characters; null for a missing or blank name. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String first = name.trim().split("\\s+", 2)[0];
        if (first.codePointCount(0, first.length()) <= MAX_LENGTH) {
            return first;
        }
        return first.substring(0, first.offsetByCodePoints(0, MAX_LENGTH));
    }
}
