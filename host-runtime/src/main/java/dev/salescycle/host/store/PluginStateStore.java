package dev.salescycle.host.store;

import java.util.Optional;

/**
 * The store's part for one concern: the small key-value state each plugin keeps per shop. See {@link Store} for
 * what holds for every method: thread-safe, keyed by shop, committed before it returns.
 */
public interface PluginStateStore {

    /** A plugin's state value. */
    Optional<String> stateGet(String shopId, String pluginId, String key);

    /** Stores a plugin's state value (key up to 200 characters, value up to 64 KiB in UTF-8). */
    void statePut(String shopId, String pluginId, String key, String value);

    /**
     * Stores a plugin's state value unless one is stored already, and returns the stored value: concurrent
     * callers, also on other hosts, all get the first one written.
     */
    String stateInitialize(String shopId, String pluginId, String key, String value);

    /** Removes a plugin's state value; does nothing if absent. */
    void stateRemove(String shopId, String pluginId, String key);
}
