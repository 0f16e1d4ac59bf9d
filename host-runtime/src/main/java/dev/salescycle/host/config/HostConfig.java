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
}
