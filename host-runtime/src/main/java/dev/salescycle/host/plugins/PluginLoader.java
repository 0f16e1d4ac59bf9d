package dev.salescycle.host.plugins;

import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.SalesCycleSdk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every plugin (jar or zip) of a folder with PF4J, checks each against the SDK version, and
 * instantiates each plugin's hooks once. A bad plugin is skipped and reported; the others load.
 */
public final class PluginLoader {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    public static LoadedPlugins load(Path pluginsDir) {
        HostPluginManager manager = new HostPluginManager(pluginsDir.toAbsolutePath().normalize());
        manager.setSystemVersion(SalesCycleSdk.VERSION);
        List<PluginProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(pluginsDir)) {
            problems.add(new PluginProblem(pluginsDir.toString(), "plugins folder does not exist"));
            LOG.warn("Plugins folder {} does not exist; no plugins loaded", pluginsDir.toAbsolutePath());
            return new LoadedPlugins(manager, Map.of(), problems);
        }
        manager.loadPlugins();
        problems.addAll(manager.loadProblems());
        Map<String, LoadedPlugin> loaded = new LinkedHashMap<>();
        for (PluginWrapper wrapper : manager.getPlugins()) {
            String problem = start(manager, wrapper);
            if (problem != null) {
                problems.add(new PluginProblem(wrapper.getPluginPath().getFileName() + " (" + wrapper.getPluginId() + ")", problem));
                continue;
            }
            List<SalesCycleHook> hooks = manager.getExtensions(SalesCycleHook.class, wrapper.getPluginId());
            loaded.put(wrapper.getPluginId(), new LoadedPlugin(wrapper.getPluginId(), wrapper.getDescriptor().getVersion(),
                    wrapper.getDescriptor().getPluginDescription(), wrapper.getPluginClassLoader(), hooks));
            LOG.info("Loaded plugin {} {} with hooks {}", wrapper.getPluginId(), wrapper.getDescriptor().getVersion(),
                    hooks.stream().map(h -> h.getClass().getSimpleName()).toList());
        }
        problems.forEach(p -> LOG.error("Plugin {} skipped: {}", p.source(), p.reason()));
        return new LoadedPlugins(manager, loaded, problems);
    }

    private static String start(HostPluginManager manager, PluginWrapper wrapper) {
        if (!manager.requirementMet(wrapper)) {
            return "requires SDK " + wrapper.getDescriptor().getRequires() + " but this host provides SDK " + SalesCycleSdk.VERSION;
        }
        if (wrapper.getPluginState() != PluginState.STARTED) {
            PluginState state = manager.startPlugin(wrapper.getPluginId());
            if (state != PluginState.STARTED) {
                Throwable failure = wrapper.getFailedException();
                return "could not be started (state " + state + ")" + (failure == null ? "" : ": " + failure.getMessage());
            }
        }
        if (manager.getExtensions(SalesCycleHook.class, wrapper.getPluginId()).isEmpty()) {
            return "has no sales-cycle hook (missing META-INF/extensions.idx, or the SDK bundled inside the plugin)";
        }
        return null;
    }
}
