package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.store.CustomerExport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON of a customer export: the stored columns, with names in the API's camelCase. */
final class CustomerView {

    private CustomerView() {
    }

    static ObjectNode of(String shop, CustomerExport export) {
        ObjectNode out = Views.object().put("shop", shop).put("email", export.email());
        out.set("customer", Json.MAPPER.valueToTree(camel(export.customer())));
        out.set("leads", Json.MAPPER.valueToTree(camel(export.leads())));
        out.set("orders", Json.MAPPER.valueToTree(camel(export.orders())));
        out.set("unsubscribes", Json.MAPPER.valueToTree(camel(export.unsubscribes())));
        out.set("funnelEvents", Json.MAPPER.valueToTree(camel(export.funnelEvents())));
        return out;
    }

    /** Renames map keys from snake_case, recursively; message data and other values keep their keys. */
    private static Object camel(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(CustomerView::camel).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(camelName((String) k), isTable(v) ? camel(v) : v));
            return out;
        }
        return value;
    }

    /** Nested rows (lines, messages, attempts) are lists of maps; JSON column values are left alone. */
    private static boolean isTable(Object value) {
        return value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map;
    }

    private static String camelName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
