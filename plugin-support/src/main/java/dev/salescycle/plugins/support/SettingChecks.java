package dev.salescycle.plugins.support;

import dev.salescycle.sdk.settings.SettingProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of setting values that the host's type checks cannot express.
 *
 * @since 1.0.0
 */
public final class SettingChecks {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{0,20}");
    private static final int MIN_SECRET_LENGTH = 16;

    private SettingChecks() {
    }

    /**
     * The problem a check's exception names, for {@link dev.salescycle.sdk.SalesCycleHook#validate}: the checks
     * here word their messages {@code setting: what was expected}, and the setting may be a path such as
     * {@code steps[1].after}.
     */
    public static SettingProblem problem(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.indexOf(": ");
        return colon > 0 && !message.substring(0, colon).contains(" ")
                ? new SettingProblem(message.substring(0, colon), message.substring(colon + 2))
                : new SettingProblem("settings", message);
    }

    /** A code prefix: at most 20 letters, digits, '-' or '_'; throws naming the setting otherwise. */
    public static String prefix(String setting, String value) {
        if (!PREFIX.matcher(value).matches()) {
            throw new IllegalArgumentException(setting
                    + ": expected at most 20 letters, digits, '-' or '_', got \"" + value + "\"");
        }
        return value;
    }

    /** A secret of at least 16 characters, or null for none; throws naming the setting otherwise. */
    public static String secret(String setting, String value) {
        if (value != null && value.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(setting + ": expected at least " + MIN_SECRET_LENGTH + " characters");
        }
        return value;
    }

    /** An http(s) address or a path on the shop's site; placeholders such as {code} are allowed. */
    public static String address(String setting, String value) {
        String sample = value.replaceAll("\\{[a-zA-Z]+}", "x");
        String lower = sample.toLowerCase(Locale.ROOT);
        boolean absolute = lower.startsWith("https://") || lower.startsWith("http://");
        boolean path = sample.startsWith("/") && !sample.startsWith("//");
        if ((absolute || path) && parses(sample, absolute)) {
            return value;
        }
        throw new IllegalArgumentException(setting
                + ": expected an http(s) address or a path starting with /, got \"" + value + "\"");
    }

    private static boolean parses(String address, boolean absolute) {
        try {
            URI uri = new URI(address);
            return !absolute || (uri.getHost() != null && !uri.getHost().isEmpty());
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
