package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.sdk.model.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Turns values a plugin put into a map (evidence, offer details) into JSON without reflection: strings,
 * numbers, booleans, maps and lists as such, money as its amount, anything else as its text. Serialising
 * plugin classes by reflection would also make the shared mapper cache them and keep unloaded plugins alive.
 */
final class PlainJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private PlainJson() {
    }

    static JsonNode of(Object value) {
        return of(value, 0);
    }

    private static JsonNode of(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Money m) {
            return NODES.textNode(m.amount().toPlainString());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            map.forEach((k, v) -> out.set(String.valueOf(k), of(v, depth + 1)));
            return out;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode out = NODES.arrayNode();
            items.forEach(v -> out.add(of(v, depth + 1)));
            return out;
        }
        return NODES.textNode(String.valueOf(value));
    }
}
