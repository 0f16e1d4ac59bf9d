package dev.salescycle.host.http;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The window of a funnel request: {@code since} (an ISO-8601 duration back from now, such as {@code P7D}, or an
 * instant) with {@code until} (an instant, default now); or {@code from} and {@code to}, UTC dates (both days
 * included) or instants. Default: the last 24 hours. At most 400 days.
 *
 * @param from the first instant in the window
 * @param to the last instant in the window as given (an instant, or the end of the last day)
 * @param end the first instant after the window: {@code to} itself after a date, else a millisecond later
 */
record FunnelWindow(Instant from, Instant to, Instant end) {

    static final Duration LONGEST = Duration.ofDays(400);

    static FunnelWindow of(Query query, Instant now) {
        String since = query.get("since");
        String until = query.get("until");
        String from = query.get("from");
        String to = query.get("to");
        if ((since != null || until != null) && (from != null || to != null)) {
            throw RequestException.badField("from", "give since/until or from/to, not both");
        }
        Instant start;
        Instant end;
        if (from != null || to != null) {
            end = to == null ? now : point(to, "to", true);
            start = from == null ? end.minus(Duration.ofDays(1)) : point(from, "from", false);
        } else {
            end = until == null ? now : point(until, "until", false);
            start = since == null ? end.minus(Duration.ofDays(1)) : since(since, end);
        }
        boolean date = to != null && to.length() == 10;
        if (!start.isBefore(end)) {
            throw RequestException.badField(from != null ? "from" : "since", "the window must start before it ends");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw RequestException.badField(from != null ? "from" : "since", "a window of at most 400 days");
        }
        return new FunnelWindow(start, end, date ? end : end.plusMillis(1));
    }

    private static Instant since(String text, Instant end) {
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                Duration d = Duration.parse(text);
                if (!d.isNegative() && !d.isZero() && d.compareTo(LONGEST) <= 0) {
                    return end.minus(d);
                }
            } catch (DateTimeException | ArithmeticException e) {
                // reported below
            }
            throw RequestException.badField("since", "expected an ISO-8601 duration of at most 400 days such as PT24H"
                    + " or P7D, or an instant such as 2026-12-01T00:00:00Z");
        }
        return point(text, "since", false);
    }

    /** A date (its start, or with {@code endOfDay} the start of the next day) or an instant. */
    private static Instant point(String text, String field, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw RequestException.badField(field, "expected a date such as 2026-12-01 or an instant such as"
                    + " 2026-12-01T00:00:00Z, got \"" + text + "\"");
        }
    }
}
