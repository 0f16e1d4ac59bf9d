package dev.salescycle.testkit;

import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.host.plugins.PluginLoader;
import dev.salescycle.host.plugins.PluginProblem;
import dev.salescycle.sdk.SalesCycleHook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * A built plugin (zip or jar) loaded by a real PF4J manager, as the host loads it, without a server: its
 * hooks are the instances the host would call.
 *
 * <pre>{@code
 * try (PluginUnderTest plugin = PluginUnderTest.load(Path.of("target/my-plugin-1.0.0.zip"))) {
 *     Upsell upsell = plugin.hook(Upsell.class);
 *     PluginContext context = plugin.context().setting("maxItems", 3).build();
 *     List<Recommendation> answer = plugin.call(() -> upsell.recommend(cart, context));
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public final class PluginUnderTest implements AutoCloseable {

    private final LoadedPlugins loaded;
    private final LoadedPlugin plugin;
    private final Path folder;

    private PluginUnderTest(LoadedPlugins loaded, LoadedPlugin plugin, Path folder) {
        this.loaded = loaded;
        this.plugin = plugin;
        this.folder = folder;
    }

    /**
     * Copies the plugin into a fresh temporary plugins folder and loads and starts it there.
     *
     * @param pluginFile the plugin zip or jar, or the build's output folder ({@code target}) holding it
     * @throws PluginLoadException naming what the host would report if the plugin cannot be loaded
     */
    public static PluginUnderTest load(Path pluginFile) {
        if (Files.isDirectory(pluginFile)) {
            pluginFile = BuildOutput.pluginFile(pluginFile);
        }
        if (!Files.isRegularFile(pluginFile)) {
            throw new PluginLoadException(pluginFile + " does not exist; build the plugin first (mvn package)");
        }
        Path folder = PluginFolder.holding(pluginFile);
        LoadedPlugins loaded = PluginLoader.load(folder);
        if (loaded.problems().isEmpty() && loaded.all().size() == 1) {
            return new PluginUnderTest(loaded, loaded.all().values().iterator().next(), folder);
        }
        String reasons = loaded.problems().stream().map(PluginProblem::reason).collect(Collectors.joining("; "));
        loaded.close();
        PluginFolder.delete(folder);
        throw new PluginLoadException(reasons.isEmpty()
                ? "PF4J found no plugin in " + pluginFile.getFileName() + "; a plugin is a jar or zip with a Plugin-Id in its manifest"
                : reasons);
    }

    /** The plugin id from the descriptor. */
    public String id() {
        return plugin.id();
    }

    /** The plugin version from the descriptor. */
    public String version() {
        return plugin.version();
    }

    /** Every extension of the plugin that implements a sales-cycle hook. */
    public List<SalesCycleHook> hooks() {
        return plugin.hooks();
    }

    /** The plugin's first hook of the given type; fails if it has none. */
    public <T extends SalesCycleHook> T hook(Class<T> type) {
        return plugin.hooks().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plugin " + id() + " has no " + type.getSimpleName() + " hook"));
    }

    /** The plugin's class loader. */
    public ClassLoader classLoader() {
        return plugin.classLoader();
    }

    /** A context builder for this plugin: its id and the settings its hooks declare. */
    public TestPluginContext.Builder context() {
        return TestPluginContext.forHook(hooks().toArray(SalesCycleHook[]::new)).pluginId(id());
    }

    /** Runs the call with the plugin's class loader as context class loader, as the host does around hook calls. */
    public <T> T call(Callable<T> hookCall) throws Exception {
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(classLoader());
        try {
            return hookCall.call();
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** Stops and unloads the plugin and deletes its temporary folder. */
    @Override
    public void close() {
        loaded.close();
        PluginFolder.delete(folder);
    }
}
