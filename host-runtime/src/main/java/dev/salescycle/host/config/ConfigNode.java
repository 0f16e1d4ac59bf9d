package dev.salescycle.host.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A value of the config tree at a path, with typed reads whose errors name file, line and field. */
final class ConfigNode {

    private final YamlTree tree;
    private final String path;
    private final Object value;

    ConfigNode(YamlTree tree, String path, Object value) {
        this.tree = tree;
        this.path = path;
        this.value = value;
    }

    static ConfigNode root(YamlTree tree) {
        return new ConfigNode(tree, "", tree.root());
    }

    String path() {
        return path;
    }

    boolean isPresent() {
        return value != null;
    }

    Object raw() {
        return value;
    }

    ConfigException error(String expectation) {
        String got = value instanceof String ? "\"" + value + "\"" : value instanceof Map ? "a map"
                : value instanceof List ? "a list" : String.valueOf(value);
        return new ConfigException(tree.problem(path, "expected " + expectation + ", got " + got), path);
    }

    ConfigException problem(String message) {
        return new ConfigException(tree.problem(path, message), path);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Set<String> allowedKeys) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw error("a map");
        }
        Map<String, Object> map = (Map<String, Object>) value;
        if (allowedKeys != null) {
            for (String key : map.keySet()) {
                if (!allowedKeys.contains(key)) {
                    throw child(key).problem("unknown key; expected one of " + new TreeSet<>(allowedKeys));
                }
            }
        }
        return map;
    }

    ConfigNode child(String key) {
        Object v = value instanceof Map<?, ?> m ? m.get(key) : null;
        return new ConfigNode(tree, path.isEmpty() ? key : path + "." + key, v);
    }

    List<ConfigNode> list() {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw error("a list");
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new ConfigNode(tree, path + "[" + i + "]", items.get(i)));
        }
        return out;
    }

    Map<String, ConfigNode> entries() {
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        for (String key : map(null).keySet()) {
            out.put(key, child(key));
        }
        return out;
    }

    String text(String fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map || value instanceof List) {
            throw error("text");
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    int integer(int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = new BigDecimal(value.toString()).intValueExact();
            if (n >= min && n <= max) {
                return n;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below with the expectation
        }
        throw error("integer " + min + ".." + max);
    }

    long longValue(long fallback, long min, long max) {
        if (value == null) {
            return fallback;
        }
        try {
            long n = new BigDecimal(value.toString()).longValueExact();
            if (n >= min && n <= max) {
                return n;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below with the expectation
        }
        throw error("integer " + min + ".." + max);
    }

    boolean bool(boolean fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.strip().equals("true") || s.strip().equals("false"))) {
            return Boolean.parseBoolean(s.strip()); // from the environment: ${FLAG:true}
        }
        throw error("true or false");
    }

    Duration duration(Duration fallback) {
        if (value == null) {
            return fallback;
        }
        Duration d = DurationText.positive(value.toString());
        if (d == null) {
            throw error(DurationText.EXPECTED);
        }
        return d;
    }
}
