package dev.salescycle.host.config;

import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Converts one raw setting value to its declared type and checks its bounds. An operator's value must have
 * the YAML (or JSON) type of the setting: text for STRING and DURATION, a whole number for INTEGER,
 * {@code true}/{@code false} for BOOLEAN. A declared default is text and is read as the type.
 */
final class SettingValues {

    private SettingValues() {
    }

    /**
     * @param currency the shop's currency, which MONEY settings are in
     * @param declaredDefault whether {@code raw} is the spec's default (text) rather than the operator's value
     */
    static Object convert(SettingSpec spec, Object raw, Currency currency, boolean declaredDefault) {
        if (!declaredDefault) {
            strict(spec, raw);
        }
        Object value = switch (spec.type()) {
            case STRING -> scalarText(spec, raw);
            case INTEGER -> integer(spec, raw);
            case DECIMAL -> decimal(spec, raw);
            case BOOLEAN -> bool(spec, raw);
            case DURATION -> duration(spec, raw);
            case STRING_LIST -> stringList(spec, raw);
            case STRUCTURE -> structure(spec, raw);
            case MONEY -> money(spec, raw, currency);
        };
        checkAllowed(spec, value);
        return value;
    }

    /**
     * Refuses an operator's value whose YAML type is not the setting's, such as {@code 42} for a text; when
     * the value would read as the type but for its quotes, the message says so.
     */
    private static void strict(SettingSpec spec, Object raw) {
        boolean text = raw instanceof String;
        boolean ok = switch (spec.type()) {
            case STRING, DURATION -> text;
            case INTEGER -> raw instanceof Number;
            case DECIMAL, MONEY -> raw instanceof Number || text;
            case BOOLEAN -> raw instanceof Boolean;
            case STRING_LIST -> raw instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case STRUCTURE -> true;
        };
        if (!ok) {
            boolean quoted = text && (spec.type() == SettingType.INTEGER || spec.type() == SettingType.BOOLEAN);
            String hint = quoted ? " (write it without quotes)"
                    : raw instanceof Number || raw instanceof Boolean || (raw instanceof List && spec.type() == SettingType.STRING_LIST)
                    ? " (write text in quotes)" : "";
            if (quoted) {
                convert(spec, raw, null, true);
            }
            throw new IllegalArgumentException(expected(spec, raw).getMessage() + hint);
        }
    }

    static String describe(SettingSpec spec) {
        String type = switch (spec.type()) {
            case STRING -> "text";
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case BOOLEAN -> "true or false";
            case DURATION -> "ISO-8601 duration such as P14D";
            case STRING_LIST -> "list of text";
            case STRUCTURE -> "list or map";
            case MONEY -> "amount of money such as \"2.50\"";
        };
        if (spec.min() != null || spec.max() != null) {
            type += " " + (spec.min() == null ? "" : spec.min().toPlainString()) + ".."
                    + (spec.max() == null ? "" : spec.max().toPlainString());
        }
        if (!spec.allowedValues().isEmpty()) {
            type += " one of " + spec.allowedValues();
        }
        return type;
    }

    private static IllegalArgumentException expected(SettingSpec spec, Object raw) {
        String got = raw instanceof String ? "\"" + raw + "\"" : String.valueOf(raw);
        return new IllegalArgumentException("expected " + describe(spec) + ", got " + got);
    }

    private static String scalarText(SettingSpec spec, Object raw) {
        if (raw instanceof Map || raw instanceof List) {
            throw expected(spec, raw);
        }
        return raw.toString();
    }

    private static Integer integer(SettingSpec spec, Object raw) {
        BigDecimal number = number(spec, raw);
        try {
            return inRange(spec, number, raw).intValueExact();
        } catch (ArithmeticException e) {
            throw expected(spec, raw);
        }
    }

    private static BigDecimal decimal(SettingSpec spec, Object raw) {
        return inRange(spec, number(spec, raw), raw);
    }

    private static BigDecimal number(SettingSpec spec, Object raw) {
        if (raw instanceof Boolean || raw instanceof Map || raw instanceof List) {
            throw expected(spec, raw);
        }
        try {
            return new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw expected(spec, raw);
        }
    }

    private static BigDecimal inRange(SettingSpec spec, BigDecimal number, Object raw) {
        if ((spec.min() != null && number.compareTo(spec.min()) < 0)
                || (spec.max() != null && number.compareTo(spec.max()) > 0)) {
            throw expected(spec, raw);
        }
        return number;
    }

    private static Money money(SettingSpec spec, Object raw, Currency currency) {
        BigDecimal amount = decimal(spec, raw);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("expected an amount in " + currency.getCurrencyCode() + " with at most "
                    + digits + " decimals, got " + (raw instanceof String ? "\"" + raw + "\"" : raw));
        }
        return new Money(amount, currency);
    }

    private static Boolean bool(SettingSpec spec, Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String text = raw.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw expected(spec, raw);
    }

    private static Duration duration(SettingSpec spec, Object raw) {
        try {
            return Duration.parse(raw.toString().trim());
        } catch (DateTimeParseException e) {
            throw expected(spec, raw);
        }
    }

    private static List<String> stringList(SettingSpec spec, Object raw) {
        if (!(raw instanceof List<?> list)) {
            if (raw instanceof String text && spec.defaultValue() != null && text.equals(spec.defaultValue())) {
                return text.isBlank() ? List.of() : List.of(text.split("\\s*,\\s*"));
            }
            throw expected(spec, raw);
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map || item instanceof List || item == null) {
                throw expected(spec, raw);
            }
            out.add(item.toString());
        }
        return List.copyOf(out);
    }

    private static Object structure(SettingSpec spec, Object raw) {
        if (!(raw instanceof Map) && !(raw instanceof List)) {
            throw expected(spec, raw);
        }
        return raw;
    }

    private static void checkAllowed(SettingSpec spec, Object value) {
        if (spec.allowedValues().isEmpty()) {
            return;
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        for (Object item : items) {
            if (!spec.allowedValues().contains(item.toString())) {
                throw new IllegalArgumentException("expected " + describe(spec) + ", got \"" + item + "\"");
            }
        }
    }
}
