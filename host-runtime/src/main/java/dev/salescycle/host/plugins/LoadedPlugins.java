package dev.salescycle.host.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/** The plugins a host loaded, the problems met on the way, and the means to stop them all. */
public final class LoadedPlugins implements AutoCloseable {

    private final PluginManager manager;
    private final Map<String, LoadedPlugin> plugins;
    private final List<PluginProblem> problems;

    LoadedPlugins(PluginManager manager, Map<String, LoadedPlugin> plugins, List<PluginProblem> problems) {
        this.manager = manager;
        this.plugins = Map.copyOf(plugins);
        this.problems = List.copyOf(problems);
    }

    public Optional<LoadedPlugin> find(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    public Map<String, LoadedPlugin> all() {
        return plugins;
    }

    public List<PluginProblem> problems() {
        return problems;
    }

    /** Stops and unloads every plugin; a copy of the started list is stopped one by one (PF4J's own loop fails). */
    @Override
    public void close() {
        for (PluginWrapper wrapper : new ArrayList<>(manager.getStartedPlugins())) {
            manager.stopPlugin(wrapper.getPluginId());
        }
        for (PluginWrapper wrapper : new ArrayList<>(manager.getPlugins())) {
            manager.unloadPlugin(wrapper.getPluginId());
        }
    }
}
