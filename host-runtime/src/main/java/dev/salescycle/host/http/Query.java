package dev.salescycle.host.http;

import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of a request's query string, decoded strictly ({@code ?token=%zz} is a 400 naming the
 * parameter). Read from the raw query, never through the servlet's parameters, which would also read a form
 * body (and so consume an upload sent with curl's default form content type).
 */
final class Query {

    private static final Query EMPTY = new Query(Map.of());

    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    static Query parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = Paths.decode(eq < 0 ? pair : pair.substring(0, eq), true, "query");
            String value = eq < 0 ? "" : Paths.decode(pair.substring(eq + 1), true, name);
            values.putIfAbsent(name, value);
        }
        return new Query(values);
    }

    /** The first value of the parameter, or null. */
    String get(String name) {
        return values.get(name);
    }
}
