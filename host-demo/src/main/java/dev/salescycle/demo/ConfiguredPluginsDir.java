package dev.salescycle.demo;

import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.config.YamlTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The plugins folder an operator's config names in {@code host.pluginsDir}, relative to the config file's folder.
 * The demo's {@code --plugins} wins over it, and it wins over the default {@code plugins} next to the jar.
 */
final class ConfiguredPluginsDir {

    private ConfiguredPluginsDir() {
    }

    /** The folder, when the config file exists, parses and sets {@code host.pluginsDir}; a broken file is reported later. */
    static Optional<Path> of(Path config) {
        if (config == null || !Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            Object root = YamlTree.parse(config.getFileName().toString(), Files.readString(config)).root();
            if (root instanceof Map<?, ?> top && top.get("host") instanceof Map<?, ?> host
                    && host.get("pluginsDir") instanceof String dir && !dir.isBlank()) {
                Path folder = config.toAbsolutePath().getParent();
                return Optional.of(folder.resolve(dir).normalize());
            }
        } catch (IOException | ConfigException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
