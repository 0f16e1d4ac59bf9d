package dev.salescycle.host.plugins;

import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.SalesCycleSdk;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

/**
 * Loads one plugin file (jar or zip) into a PF4J manager of its own, checking SDK version and hooks. The file's
 * entries, plugin id and digest are checked on its bytes first, so a refused file is never unpacked or loaded.
 */
final class PluginFileLoader {

    private PluginFileLoader() {
    }

    /**
     * @param digests expected SHA-256 (hex) of plugin files by plugin id; a plugin not named is not checked
     * @throws PluginLoadException saying why the file cannot be used; nothing stays loaded then
     */
    static PluginHandle load(Path file, Map<String, String> digests) {
        String id = PluginFileCheck.check(file);
        PluginDigest.verify(file, digests.get(id));
        if (file.getFileName().toString().endsWith(".zip")) {
            ExpandedZipCheck.check(file);
        }
        HostPluginManager manager = new HostPluginManager(file.getParent());
        manager.setSystemVersion(SalesCycleSdk.VERSION);
        PluginWrapper wrapper;
        try {
            wrapper = manager.loadPluginOrExplain(file);
        } catch (RuntimeException e) {
            throw new PluginLoadException(HostPluginManager.rootMessage(e));
        }
        try {
            if (!wrapper.getPluginId().equals(id)) {
                throw new PluginLoadException("declares plugin id '" + id + "' but PF4J read '" + wrapper.getPluginId()
                        + "' from it; keep one plugin descriptor");
            }
            if (!manager.requirementMet(wrapper)) {
                throw new PluginLoadException("requires SDK " + wrapper.getDescriptor().getRequires()
                        + " but this host provides SDK " + SalesCycleSdk.VERSION);
            }
            if (!wrapper.getDescriptor().getDependencies().isEmpty()) {
                throw new PluginLoadException("depends on other plugins " + wrapper.getDescriptor().getDependencies()
                        + "; plugins here must be self-contained (bundle libraries under lib/)");
            }
            if (manager.startPlugin(wrapper.getPluginId()) != PluginState.STARTED) {
                Throwable failure = wrapper.getFailedException();
                throw new PluginLoadException("could not be started" + (failure == null ? "" : ": " + failure.getMessage()));
            }
            List<SalesCycleHook> hooks = manager.getExtensions(SalesCycleHook.class, wrapper.getPluginId());
            if (hooks.isEmpty()) {
                throw new PluginLoadException("has no sales-cycle hook (missing META-INF/extensions.idx, "
                        + "or the SDK bundled inside the plugin)");
            }
            LoadedPlugin plugin = new LoadedPlugin(wrapper.getPluginId(), wrapper.getDescriptor().getVersion(),
                    wrapper.getDescriptor().getPluginDescription(), wrapper.getPluginClassLoader(), hooks);
            return new PluginHandle(plugin, file, manager);
        } catch (RuntimeException e) {
            new PluginHandle(null, file, manager).close();
            throw e instanceof PluginLoadException p ? p : new PluginLoadException(HostPluginManager.rootMessage(e));
        }
    }
}
