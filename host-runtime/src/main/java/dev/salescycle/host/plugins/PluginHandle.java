package dev.salescycle.host.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * One plugin file loaded in a PF4J manager of its own. One manager per plugin lets two versions of a plugin
 * live side by side during an update, and lets one plugin be unloaded (its class loader closed) alone.
 */
public final class PluginHandle implements AutoCloseable {

    private final LoadedPlugin plugin;
    private final Path file;
    private PluginManager manager;

    PluginHandle(LoadedPlugin plugin, Path file, PluginManager manager) {
        this.plugin = plugin;
        this.file = file;
        this.manager = manager;
    }

    public LoadedPlugin plugin() {
        return plugin;
    }

    /** The plugin's file in the plugins folder. */
    public Path file() {
        return file;
    }

    /** The plugin's PF4J state, such as STARTED while it serves requests; UNLOADED once the handle is closed. */
    public synchronized String state() {
        PluginWrapper wrapper = manager == null ? null : manager.getPlugin(plugin.id());
        return wrapper == null ? "UNLOADED" : wrapper.getPluginState().toString();
    }

    /** Stops the plugin and closes its class loader; the handle must not be used afterwards. */
    @Override
    public synchronized void close() {
        if (manager == null) {
            return;
        }
        for (PluginWrapper wrapper : new ArrayList<>(manager.getStartedPlugins())) {
            manager.stopPlugin(wrapper.getPluginId());
        }
        for (PluginWrapper wrapper : new ArrayList<>(manager.getPlugins())) {
            manager.unloadPlugin(wrapper.getPluginId());
        }
        manager = null;
    }
}
