package dev.salescycle.host.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as the config file and the admin API write it: a whole number of milliseconds, seconds, minutes or
 * hours ({@code 50ms}, {@code 2s}, {@code 5m}, {@code 6h}) or ISO-8601 ({@code PT0.05S}), above zero and at most
 * {@link #MAX}, so that it fits every clock sum made with it (nanoseconds in a long).
 */
public final class DurationText {

    /** The longest duration taken. */
    public static final Duration MAX = Duration.ofDays(365);
    /** What is expected, for error messages. */
    public static final String EXPECTED = "a positive duration up to 365 days such as 50ms, 2s, 5m, 6h or PT0.05S";

    private static final Pattern UNITS = Pattern.compile("(\\d{1,12})(ms|s|m|h)");

    private DurationText() {
    }

    /** The duration, or null when the text is none of the accepted ones. */
    public static Duration positive(String text) {
        String t = text.strip();
        Matcher units = UNITS.matcher(t);
        try {
            Duration d = units.matches() ? Duration.of(Long.parseLong(units.group(1)), unit(units.group(2)))
                    : Duration.parse(t);
            return d.isNegative() || d.isZero() || d.compareTo(MAX) > 0 ? null : d;
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    private static ChronoUnit unit(String suffix) {
        return switch (suffix) {
            case "ms" -> ChronoUnit.MILLIS;
            case "s" -> ChronoUnit.SECONDS;
            case "m" -> ChronoUnit.MINUTES;
            default -> ChronoUnit.HOURS;
        };
    }
}
