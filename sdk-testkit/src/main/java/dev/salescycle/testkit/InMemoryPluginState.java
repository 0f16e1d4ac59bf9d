package dev.salescycle.testkit;

import dev.salescycle.sdk.PluginState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plugin state held in memory; share one instance between contexts to see what a plugin kept.
 *
 * @since 1.0.0
 */
public final class InMemoryPluginState implements PluginState {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    /** A copy of everything stored. */
    public Map<String, String> snapshot() {
        return Map.copyOf(values);
    }
}
