package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.sdk.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/** Reads fields of a JSON request; each mistake becomes a 400 naming the field and what was expected. */
final class Fields {

    /**
     * A mailbox: a dot-atom local part (RFC 5322's atext, letters and digits of any script as RFC 6531 allows) and a
     * domain of two labels or more of letters, digits and inner hyphens. No quoted local parts, no brackets, no
     * spaces: {@code <svg/onload=alert(1)>@example.org} is none.
     */
    private static final String ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final Pattern EMAIL = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");
    private static final int MAX_TEXT = 2000;

    private Fields() {
    }

    static JsonNode object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw RequestException.badField(field.isEmpty() ? "body" : field, "expected a JSON object");
        }
        return node;
    }

    static String text(JsonNode parent, String name, String path) {
        String value = optionalText(parent, name, path);
        if (value == null || value.isBlank()) {
            throw RequestException.badField(path, "required");
        }
        return value;
    }

    /** A required text the store keeps as a key, such as an order id or a sku (see {@link StoredText}). */
    static String key(JsonNode parent, String name, String path) {
        String value = text(parent, name, path);
        String problem = StoredText.problem(value);
        if (problem != null) {
            throw RequestException.badField(path, problem);
        }
        return value;
    }

    /** An optional id the store keeps, such as a visitor id: absent or null is null, blank is refused. */
    static String optionalKey(JsonNode parent, String name, String path) {
        return parent.hasNonNull(name) ? key(parent, name, path) : null;
    }

    static String optionalText(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw RequestException.badField(path, "expected a string, got " + node.getNodeType().name().toLowerCase());
        }
        if (node.textValue().length() > MAX_TEXT) {
            throw RequestException.badField(path, "longer than " + MAX_TEXT + " characters");
        }
        int lone = StoredText.loneSurrogate(node.textValue());
        if (lone >= 0) {
            throw RequestException.badField(path, "contains half of a character (a lone UTF-16 surrogate) at position "
                    + (lone + 1));
        }
        return node.textValue().strip();
    }

    static String email(JsonNode parent, String name, String path) {
        String value = text(parent, name, path);
        if (value.length() > 254 || value.indexOf('@') > 64 || !EMAIL.matcher(value).matches()) {
            throw RequestException.badField(path, "expected an e-mail address, got \"" + value + "\"");
        }
        return value;
    }

    static boolean bool(JsonNode parent, String name, String path, boolean fallback) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw RequestException.badField(path, "expected true or false");
        }
        return node.booleanValue();
    }

    static int positiveInt(JsonNode parent, String name, String path, int max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw RequestException.badField(path, "required");
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToInt() || node.intValue() < 1 || node.intValue() > max) {
            throw RequestException.badField(path, "expected a whole number 1.." + max + ", got " + node);
        }
        return node.intValue();
    }

    static Currency currency(JsonNode parent, String name, String path) {
        String code = text(parent, name, path);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw RequestException.badField(path, "expected an ISO 4217 currency code such as EUR, got \"" + code + "\"");
        }
    }

    static Money money(JsonNode parent, String name, String path, Currency currency) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw RequestException.badField(path, "required");
        }
        BigDecimal amount;
        try {
            amount = node.isNumber() ? node.decimalValue() : node.isTextual() ? new BigDecimal(node.textValue().strip()) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > currency.getDefaultFractionDigits()
                || (long) amount.precision() - amount.scale() > 12) {
            throw RequestException.badField(path, "expected an amount >= 0 with at most "
                    + currency.getDefaultFractionDigits() + " decimals, such as \"12.50\", got " + node);
        }
        return new Money(amount, currency);
    }

    static List<String> texts(JsonNode parent, String name, String path, int max) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > max) {
            throw RequestException.badField(path, "expected a list of at most " + max + " strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw RequestException.badField(path + "[" + i + "]", "expected a string");
            }
            out.add(node.get(i).textValue().strip());
        }
        return out;
    }

    static JsonNode array(JsonNode parent, String name, String path, int max) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray()) {
            throw RequestException.badField(path, "expected a list");
        }
        if (node.size() > max) {
            throw RequestException.badField(path, "at most " + max + " entries");
        }
        return node;
    }
}
