package dev.salescycle.host.store;

/** The checked address of one plugin state value. */
record StateKey(String shop, String plugin, String key) {

    static StateKey of(String shopId, String pluginId, String key) {
        return new StateKey(Check.shopId(shopId), Check.text("pluginId", pluginId, Limits.PLUGIN_ID),
                Check.text("state key", key, Limits.STATE_KEY));
    }
}
