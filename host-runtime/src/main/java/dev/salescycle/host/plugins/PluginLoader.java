package dev.salescycle.host.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every plugin file (jar or zip) of a folder, each in a PF4J manager of its own. A bad file is
 * skipped and reported; the others load. Folders (such as PF4J's expanded zips) are not plugins.
 */
public final class PluginLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    public static LoadedPlugins load(Path pluginsDir) {
        return load(pluginsDir, Map.of());
    }

    /** @param digests expected SHA-256 (hex) of plugin files by plugin id */
    public static LoadedPlugins load(Path pluginsDir, Map<String, String> digests) {
        List<PluginProblem> problems = new ArrayList<>();
        Map<String, PluginHandle> loaded = new LinkedHashMap<>();
        if (!Files.isDirectory(pluginsDir)) {
            problems.add(new PluginProblem(pluginsDir.toString(), "plugins folder does not exist"));
            LOG.warn("Plugins folder {} does not exist; no plugins loaded", pluginsDir.toAbsolutePath());
            return new LoadedPlugins(loaded, problems);
        }
        for (Path file : pluginFiles(pluginsDir)) {
            try {
                PluginHandle handle = PluginFileLoader.load(file, digests);
                String id = handle.plugin().id();
                if (loaded.containsKey(id)) {
                    handle.close();
                    throw new PluginLoadException("plugin id '" + id + "' is already loaded from "
                            + loaded.get(id).file().getFileName() + "; remove one of the two files");
                }
                loaded.put(id, handle);
                LOG.info("Loaded plugin {} {} from {} with hooks {}", id, handle.plugin().version(), file.getFileName(),
                        handle.plugin().hooks().stream().map(h -> h.getClass().getSimpleName()).toList());
            } catch (PluginLoadException e) {
                problems.add(new PluginProblem(file.getFileName().toString(), e.getMessage()));
                LOG.error("Plugin {} skipped: {}", file.getFileName(), e.getMessage());
            }
        }
        return new LoadedPlugins(loaded, problems);
    }

    /** Loads one more plugin file, for live installs and updates. */
    public static PluginHandle loadOne(Path file, Map<String, String> digests) {
        return PluginFileLoader.load(file, digests);
    }

    private static List<Path> pluginFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.(jar|zip)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
