package dev.salescycle.testkit;

import dev.salescycle.sdk.PluginState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plugin state held in memory; share one instance between contexts to see what a plugin kept. Keys and values
 * are checked against the same limits as in the host (keys of 1 to 200 characters, values of at most 64 KiB).
 *
 * @since 1.0.0
 */
public final class InMemoryPluginState implements PluginState {

    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE = 64 * 1024;

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(checkKey(key)));
    }

    @Override
    public void put(String key, String value) {
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("state value must be non-null and at most " + MAX_VALUE + " characters");
        }
        values.put(checkKey(key), value);
    }

    @Override
    public void remove(String key) {
        values.remove(checkKey(key));
    }

    /** A copy of everything stored. */
    public Map<String, String> snapshot() {
        return Map.copyOf(values);
    }

    private static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("state key must be 1.." + MAX_KEY + " characters");
        }
        return key;
    }
}
