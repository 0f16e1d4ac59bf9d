package dev.salescycle.host.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The small lists and maps kept as JSON text in the schema. */
final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final TypeReference<Object> ANY = new TypeReference<>() { };

    private JsonColumns() {
    }

    static String list(List<String> values) {
        return write(values);
    }

    /** Keys sorted, so equal maps give equal text. */
    static String map(Map<String, String> values) {
        return write(new TreeMap<>(values));
    }

    static Map<String, String> readMap(String json) {
        return read(json, MAP);
    }

    /** Any JSON value as plain Java lists, maps, strings, numbers and booleans. */
    static Object readAny(String json) {
        return read(json, ANY);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
