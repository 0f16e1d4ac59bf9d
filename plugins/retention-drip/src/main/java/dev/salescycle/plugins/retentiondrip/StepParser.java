package dev.salescycle.plugins.retentiondrip;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks and reads the {@code steps} setting, naming the step index and field of each error. */
final class StepParser {

    static final int MAX_STEPS = 20;
    private static final Set<String> FIELDS = Set.of("after", "template", "couponPercent");
    private static final Duration MAX_AFTER = Duration.ofDays(3650);

    private StepParser() {
    }

    /**
     * The steps of the setting.
     *
     * @param raw the setting as the host handed it (a list of maps), or null when unset
     * @throws IllegalArgumentException naming the step and field that is wrong, for example {@code steps[1].after}
     */
    static List<DripStep> parse(Object raw) {
        if (raw == null) {
            return DripStep.DEFAULTS;
        }
        if (!(raw instanceof List<?> entries)) {
            throw new IllegalArgumentException(DripSettings.STEPS
                    + ": expected a list such as [{after: P1D, template: welcome}]");
        }
        if (entries.size() > MAX_STEPS) {
            throw new IllegalArgumentException(DripSettings.STEPS + ": expected at most " + MAX_STEPS
                    + " steps, got " + entries.size());
        }
        List<DripStep> steps = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            steps.add(step(DripSettings.STEPS + "[" + i + "]", entries.get(i)));
        }
        return List.copyOf(steps);
    }

    private static DripStep step(String where, Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": expected a map such as {after: P14D, template: review-request}");
        }
        for (Object key : map.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + ": unknown field '" + key
                        + "'; known: after, template, couponPercent");
            }
        }
        return new DripStep(after(where + ".after", map.get("after")), template(where + ".template", map.get("template")),
                couponPercent(where + ".couponPercent", map.get("couponPercent")));
    }

    private static Duration after(String where, Object raw) {
        try {
            Duration after = Duration.parse(String.valueOf(raw).trim());
            if (!after.isNegative() && !after.isZero() && after.compareTo(MAX_AFTER) <= 0) {
                return after;
            }
        } catch (DateTimeParseException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(where
                + ": expected an ISO-8601 duration above zero and at most P3650D, such as P14D, got " + raw);
    }

    private static Template template(String where, Object raw) {
        return Template.byId(String.valueOf(raw).trim()).orElseThrow(() -> new IllegalArgumentException(
                where + ": expected one of " + Template.ids() + ", got " + raw));
    }

    private static Integer couponPercent(String where, Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            int percent = new BigDecimal(String.valueOf(raw).trim()).intValueExact();
            if (percent >= 1 && percent <= 90) {
                return percent;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException(where + ": expected a whole number 1..90, got " + raw);
    }
}
