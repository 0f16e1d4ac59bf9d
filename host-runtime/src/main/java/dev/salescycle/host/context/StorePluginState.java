package dev.salescycle.host.context;

import dev.salescycle.host.store.PluginStateStore;
import dev.salescycle.sdk.PluginState;
import java.util.Optional;

/** One plugin's key-value state in one shop, kept in the store; sizes are checked as the SDK promises. */
record StorePluginState(PluginStateStore store, String shopId, String pluginId) implements PluginState {

    private static final int MAX_KEY = 200;
    private static final int MAX_VALUE = 64 * 1024;

    @Override
    public Optional<String> get(String key) {
        return HostCalls.guarded(() -> store.stateGet(shopId, pluginId, checkKey(key)));
    }

    @Override
    public void put(String key, String value) {
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("state value must be non-null and at most " + MAX_VALUE + " characters");
        }
        HostCalls.guarded(() -> store.statePut(shopId, pluginId, checkKey(key), value));
    }

    @Override
    public void remove(String key) {
        HostCalls.guarded(() -> store.stateRemove(shopId, pluginId, checkKey(key)));
    }

    private static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("state key must be 1.." + MAX_KEY + " characters");
        }
        return key;
    }
}
