package dev.salescycle.sdk;

import java.util.Optional;

/**
 * A small key-value store private to one plugin in one shop, durable across restarts.
 * Keys are at most 200 characters and values at most 64 KiB.
 *
 * @since 1.0.0
 */
public interface PluginState {

    /** The value stored under the key. */
    Optional<String> get(String key);

    /** Stores the value under the key, replacing any earlier value. */
    void put(String key, String value);

    /** Removes the key; does nothing if it is absent. */
    void remove(String key);
}
