package dev.salescycle.host.lifecycle;

import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.plugins.LoadedPlugins;
import java.util.List;

/** The host's current config and plugins; replaced whole by {@link PluginLifecycle}, read without locks. */
public final class HostState {

    private volatile HostConfig config;
    private volatile LoadedPlugins plugins;
    private volatile String lastRefusal;
    private volatile List<String> needsRestart = List.of();

    public HostState(HostConfig config, LoadedPlugins plugins) {
        this.config = config;
        this.plugins = plugins;
    }

    public HostConfig config() {
        return config;
    }

    public LoadedPlugins plugins() {
        return plugins;
    }

    /** Why the last live change was refused, or null. */
    public String lastRefusal() {
        return lastRefusal;
    }

    /** The {@code host:} settings the config file changed that take effect only after a restart. */
    public List<String> needsRestart() {
        return needsRestart;
    }

    void needsRestart(List<String> settings) {
        this.needsRestart = List.copyOf(settings);
    }

    void set(HostConfig nextConfig, LoadedPlugins nextPlugins) {
        this.config = nextConfig;
        this.plugins = nextPlugins;
        this.lastRefusal = null;
    }

    void refused(String reason) {
        this.lastRefusal = reason;
    }
}
