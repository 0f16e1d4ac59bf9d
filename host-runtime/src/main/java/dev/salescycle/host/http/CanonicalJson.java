package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON in one form whatever order its object keys came in (keys sorted by character code at every level, no
 * spaces), so that the same request with its keys reordered has the same digest. Arrays keep their order.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static byte[] bytes(JsonNode node) throws IOException {
        return Json.MAPPER.writeValueAsBytes(sorted(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode out = Json.MAPPER.createObjectNode();
            names.forEach(name -> out.set(name, sorted(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Json.MAPPER.createArrayNode();
            node.forEach(element -> out.add(sorted(element)));
            return out;
        }
        return node;
    }
}
