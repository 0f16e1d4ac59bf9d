package dev.salescycle.host.config;

import java.util.Map;

/**
 * The whole operator config: the host's own settings and each shop's plugins, in file order.
 *
 * @param source the file name, for messages
 * @param host the host's settings
 * @param shops the shops by id, in file order
 */
public record HostConfig(String source, HostSettings host, Map<String, ShopConfig> shops) {

    public HostConfig {
        shops = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shops));
    }

    /** A copy with one shop replaced. */
    public HostConfig withShop(ShopConfig shop) {
        java.util.Map<String, ShopConfig> next = new java.util.LinkedHashMap<>(shops);
        next.put(shop.id(), shop);
        return new HostConfig(source, host, next);
    }

    /**
     * The expected SHA-256 of plugin files by plugin id, from every shop's entries.
     *
     * @throws ConfigException when two entries expect different digests for one plugin
     */
    public java.util.Map<String, String> pluginDigests() {
        java.util.Map<String, String> digests = new java.util.HashMap<>();
        for (ShopConfig shop : shops.values()) {
            for (PluginRef ref : shop.plugins()) {
                if (ref.sha256() == null) {
                    continue;
                }
                String earlier = digests.putIfAbsent(ref.id(), ref.sha256().toLowerCase(java.util.Locale.ROOT));
                if (earlier != null && !earlier.equalsIgnoreCase(ref.sha256())) {
                    throw new ConfigException(ref.locator().problem(ref.path() + ".sha256",
                            "another shop expects a different digest for plugin '" + ref.id() + "'"));
                }
            }
        }
        return digests;
    }
}
