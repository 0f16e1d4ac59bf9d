package dev.salescycle.host.plugins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable snapshot of the loaded plugins and of the files refused with their reasons. */
public final class LoadedPlugins implements AutoCloseable {

    private final Map<String, PluginHandle> handles;
    private final Map<String, LoadedPlugin> plugins;
    private final List<PluginProblem> problems;

    LoadedPlugins(Map<String, PluginHandle> handles, List<PluginProblem> problems) {
        this.handles = Collections.unmodifiableMap(new LinkedHashMap<>(handles));
        Map<String, LoadedPlugin> byId = new LinkedHashMap<>();
        handles.forEach((id, h) -> byId.put(id, h.plugin()));
        this.plugins = Collections.unmodifiableMap(byId);
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

    /** The plugin's PF4J state (see {@link PluginHandle#state()}), or UNLOADED when it is not in this snapshot. */
    public String state(String id) {
        PluginHandle handle = handles.get(id);
        return handle == null ? "UNLOADED" : handle.state();
    }

    /** The handle of a loaded plugin, for lifecycle changes. */
    public Optional<PluginHandle> handle(String id) {
        return Optional.ofNullable(handles.get(id));
    }

    /** A snapshot with the plugin added or replaced (the replaced handle is not closed here). */
    public LoadedPlugins with(PluginHandle handle) {
        Map<String, PluginHandle> next = new LinkedHashMap<>(handles);
        next.put(handle.plugin().id(), handle);
        return new LoadedPlugins(next, problems);
    }

    /** A snapshot without the plugin (its handle is not closed here). */
    public LoadedPlugins without(String id) {
        Map<String, PluginHandle> next = new LinkedHashMap<>(handles);
        next.remove(id);
        return new LoadedPlugins(next, problems);
    }

    /** Stops and unloads every plugin of this snapshot. */
    @Override
    public void close() {
        handles.values().forEach(PluginHandle::close);
    }
}
