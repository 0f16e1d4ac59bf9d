package dev.salescycle.host.store;

import java.util.Locale;

/** Argument checks with messages that name the argument. */
final class Check {

    private Check() {
    }

    static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    static String shopId(String shopId) {
        return text("shopId", shopId, Limits.SHOP_ID);
    }

    /** The address trimmed and lower-cased, the form every table keys on. */
    static String email(String email) {
        return text("email", email == null ? null : email.trim(), Limits.EMAIL).toLowerCase(Locale.ROOT);
    }

    static String emailOrNull(String email) {
        return email == null || email.isBlank() ? null : email(email);
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
