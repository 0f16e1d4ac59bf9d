package dev.salescycle.host.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A duration as the config file and the admin API write it: {@code 50ms} or ISO-8601 ({@code PT0.05S}), above
 * zero and at most {@link #MAX}, so that it fits every clock sum made with it (nanoseconds in a long).
 */
public final class DurationText {

    /** The longest duration taken. */
    public static final Duration MAX = Duration.ofDays(365);
    /** What is expected, for error messages. */
    public static final String EXPECTED = "a positive duration up to 365 days such as 50ms or PT0.05S";

    private static final Pattern MILLIS = Pattern.compile("\\d{1,12}ms");

    private DurationText() {
    }

    /** The duration, or null when the text is none of the accepted ones. */
    public static Duration positive(String text) {
        String t = text.strip();
        try {
            Duration d = MILLIS.matcher(t).matches() ? Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)))
                    : Duration.parse(t);
            return d.isNegative() || d.isZero() || d.compareTo(MAX) > 0 ? null : d;
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}
