package dev.salescycle.plugins.leadscoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code sourceScores} map: lead source to points, over the built-in defaults. */
final class SourceScores {

    static final Map<String, Integer> DEFAULTS = defaults();
    private static final int LIMIT = 1000;

    private SourceScores() {
    }

    /**
     * The defaults with the configured entries laid over them.
     *
     * @param raw the setting as the host handed it (a map), or null when unset
     * @throws IllegalArgumentException naming the bad entry
     */
    static Map<String, Integer> parse(Object raw) {
        Map<String, Integer> scores = new LinkedHashMap<>(DEFAULTS);
        if (raw == null) {
            return scores;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(LeadSettings.SOURCE_SCORES
                    + ": expected a map of source to points, for example {referral: 30}");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String source = String.valueOf(entry.getKey()).trim().toLowerCase(Locale.ROOT);
            if (source.isEmpty()) {
                throw new IllegalArgumentException(LeadSettings.SOURCE_SCORES + ": a source name is blank");
            }
            scores.put(source, points(source, entry.getValue()));
        }
        return scores;
    }

    private static int points(String source, Object value) {
        try {
            int points = new BigDecimal(String.valueOf(value).trim()).intValueExact();
            if (Math.abs(points) <= LIMIT) {
                return points;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(LeadSettings.SOURCE_SCORES + "." + source
                + ": expected a whole number -" + LIMIT + ".." + LIMIT + ", got " + value);
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> defaults = new LinkedHashMap<>();
        defaults.put("referral", 30);
        defaults.put("checkout", 25);
        defaults.put("newsletter", 15);
        defaults.put("ad", 10);
        defaults.put(ScoringRules.OTHER_SOURCE, 5);
        return Map.copyOf(defaults);
    }
}
