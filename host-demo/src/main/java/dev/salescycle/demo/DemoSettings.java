package dev.salescycle.demo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the demo server is started with.
 *
 * @param config     the operator config, or {@code null} for the bundled sample config
 * @param pluginsDir folder holding the plugin zips and jars
 * @param dataDir    folder for the database and the copy of the sample config
 * @param port       HTTP port overriding {@code host.port}, or {@code null} to keep the config's; 0 picks a free one
 * @param bind       address to listen on overriding {@code host.bind}, or {@code null} to keep the config's
 */
public record DemoSettings(Path config, Path pluginsDir, Path dataDir, Integer port, String bind) {

    /** Settings that keep the config's bind address. */
    public DemoSettings(Path config, Path pluginsDir, Path dataDir, Integer port) {
        this(config, pluginsDir, dataDir, port, null);
    }

    /** Requires the folders and a port in range. */
    public DemoSettings {
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
    }
}
