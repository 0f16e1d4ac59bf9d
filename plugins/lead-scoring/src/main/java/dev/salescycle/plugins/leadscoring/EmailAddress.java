package dev.salescycle.plugins.leadscoring;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A syntactically valid e-mail address, trimmed and lower-cased. */
record EmailAddress(String normalized, String domain) {

    private static final String ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final String TOP_LABEL = "[a-z](?:[a-z0-9-]{0,61}[a-z0-9])";
    private static final Pattern ADDRESS = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL + "\\.)+" + TOP_LABEL + ")");
    /** RFC 5321 limits: whole address and local part. */
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    /** The address if it is a plain ASCII address with a dotted domain; empty otherwise. */
    static Optional<EmailAddress> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String address = raw.trim().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var matcher = ADDRESS.matcher(address);
        if (!matcher.matches() || matcher.group(1).length() > MAX_LOCAL_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(address, matcher.group(2)));
    }
}
