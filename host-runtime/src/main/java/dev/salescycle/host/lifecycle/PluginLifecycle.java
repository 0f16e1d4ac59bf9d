package dev.salescycle.host.lifecycle;

import dev.salescycle.host.domain.StateConflictException;
import dev.salescycle.host.domain.RefusedException;
import dev.salescycle.host.domain.NotFoundException;
import dev.salescycle.host.domain.InvalidInputException;
import dev.salescycle.host.admin.HookMetrics;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.dispatch.ExperimentSwitches;
import dev.salescycle.host.config.PluginRef;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.dispatch.ContextFactory;
import dev.salescycle.host.dispatch.HookCallbacks;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.dispatch.ShopRuntimeBuilder;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.host.plugins.PluginHandle;
import dev.salescycle.host.plugins.PluginLoadException;
import dev.salescycle.host.plugins.PluginLoader;
import dev.salescycle.host.dispatch.RunningShops;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes plugins and shop configs on a live host: install, update, unload, enable, disable, new config.
 * Changes are serialised; each builds complete new shop snapshots first and swaps them in only when all
 * is valid, so a request sees either the old or the new snapshot, never a mix. Replaced plugins are
 * closed after a grace period, once no call of theirs runs in the old snapshot any more.
 */
public final class PluginLifecycle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginLifecycle.class);

    private final HostState state;
    private final RunningShops shops;
    private final ContextFactory contexts;
    private final HookCallbacks callbacks;
    private final HookMetrics metrics;
    private final PluginFiles files;
    private final Retirement retirement;
    private final ExperimentSwitches switches;

    public PluginLifecycle(HostState state, RunningShops shops, ContextFactory contexts, HookCallbacks callbacks,
                           HookMetrics metrics, Path pluginsDir, java.time.Duration grace) {
        this(state, shops, contexts, callbacks, metrics, pluginsDir, grace, new ExperimentSwitches());
    }

    /** @param switches the phases of the host's experiments, shared by every snapshot */
    public PluginLifecycle(HostState state, RunningShops shops, ContextFactory contexts, HookCallbacks callbacks,
                           HookMetrics metrics, Path pluginsDir, java.time.Duration grace, ExperimentSwitches switches) {
        this.switches = switches;
        this.state = state;
        this.shops = shops;
        this.contexts = contexts;
        this.callbacks = callbacks;
        this.metrics = metrics;
        this.files = new PluginFiles(pluginsDir);
        this.retirement = new Retirement(grace);
    }

    /** Installs a new plugin from uploaded content, or (content null) from a file already in the folder. */
    public synchronized LoadedPlugin install(String fileName, InputStream content) {
        Path file = content == null ? existing(fileName) : files.write(fileName, content);
        PluginHandle handle = load(file, content != null);
        if (state.plugins().find(handle.plugin().id()).isPresent()) {
            discard(handle, content != null);
            throw new StateConflictException("plugin_exists", "plugin '" + handle.plugin().id()
                    + "' is already installed; update it instead", null);
        }
        commit(state.config(), state.plugins().with(handle), null, handle, content != null);
        LOG.info("Installed plugin {} {} from {}", handle.plugin().id(), handle.plugin().version(), file.getFileName());
        return handle.plugin();
    }

    /** Replaces a plugin by a new file (with a new name); shops that enable it switch to the new version. */
    public synchronized LoadedPlugin update(String id, String fileName, InputStream content) {
        PluginHandle old = requireLoaded(id);
        Path file = content == null ? existing(fileName) : files.write(fileName, content);
        PluginHandle handle = load(file, content != null);
        if (!handle.plugin().id().equals(id)) {
            discard(handle, content != null);
            throw new InvalidInputException("wrong_plugin", "the file holds plugin '" + handle.plugin().id()
                    + "', not '" + id + "'", "file");
        }
        commit(state.config(), state.plugins().with(handle), old, handle, content != null);
        LOG.info("Updated plugin {} from {} to {}", id, old.plugin().version(), handle.plugin().version());
        return handle.plugin();
    }

    /** Unloads a plugin and deletes its file; shops that enabled it no longer do. Returns those shops. */
    public synchronized List<String> unload(String id) {
        PluginHandle old = requireLoaded(id);
        HostConfig config = state.config();
        List<String> affected = new ArrayList<>();
        for (ShopConfig shop : config.shops().values()) {
            List<PluginRef> kept = shop.plugins().stream().filter(r -> !r.id().equals(id)).toList();
            if (kept.size() != shop.plugins().size()) {
                affected.add(shop.id());
                config = config.withShop(shop.withPlugins(kept));
            }
        }
        commit(config, state.plugins().without(id), old, null, false);
        LOG.info("Unloaded plugin {}; removed from shops {}", id, affected);
        return affected;
    }

    /** Enables a plugin for a shop, or changes its settings; a new plugin goes last unless a position is given. */
    public synchronized void enable(String shopId, PluginRef ref, Integer position) {
        ShopConfig shop = requireShop(shopId);
        List<PluginRef> plugins = new ArrayList<>(shop.plugins());
        int existing = indexOf(plugins, ref.id());
        if (existing >= 0) {
            plugins.remove(existing);
        }
        int at = position != null ? Math.max(0, Math.min(position, plugins.size())) : existing >= 0 ? existing : plugins.size();
        plugins.add(at, ref);
        commit(state.config().withShop(shop.withPlugins(plugins)), state.plugins(), null, null, false);
    }

    /** Disables a plugin for a shop. */
    public synchronized void disable(String shopId, String pluginId) {
        ShopConfig shop = requireShop(shopId);
        List<PluginRef> plugins = new ArrayList<>(shop.plugins());
        if (indexOf(plugins, pluginId) < 0) {
            throw new NotFoundException("not_enabled", "plugin '" + pluginId + "' is not enabled for shop " + shopId, null);
        }
        plugins.remove(indexOf(plugins, pluginId));
        commit(state.config().withShop(shop.withPlugins(plugins)), state.plugins(), null, null, false);
    }

    /**
     * Adds an experiment to a shop, or replaces the one with its id.
     *
     * @throws RefusedException when its variants do not fit the loaded plugins
     */
    public synchronized void putExperiment(String shopId, ExperimentConfig experiment) {
        ShopConfig shop = requireShop(shopId);
        List<ExperimentConfig> experiments = new ArrayList<>(shop.experiments());
        experiments.removeIf(e -> e.id().equals(experiment.id()));
        experiments.add(experiment);
        commit(state.config().withShop(shop.withExperiments(experiments)), state.plugins(), null, null, false);
    }

    /**
     * Applies a whole new config (the file changed); a config that does not fit is refused and the old one stays.
     * The running {@code host:} section stays too: its changed settings are listed as waiting for a restart.
     */
    public synchronized void apply(HostConfig config) {
        checkDigests(config);
        HostConfig running = state.config();
        List<String> restart = RestartSettings.changed(running.host(), config.host());
        // Set before the commit clears the last refusal, so that a reader who sees the change applied sees this too.
        List<String> before = state.needsRestart();
        state.needsRestart(restart);
        try {
            commit(withApiExperiments(new HostConfig(config.source(), running.host(), config.shops()), running),
                    state.plugins(), null, null, false);
        } catch (RuntimeException e) {
            state.needsRestart(before);
            throw e;
        }
        LOG.info("Applied the changed config {}", config.source());
        if (!restart.isEmpty()) {
            LOG.warn("The changed config sets {} differently; the host reads those at start: restart to apply them", restart);
        }
    }

    /** The new config with the experiments created over the admin API kept, unless the file now declares their id. */
    private static HostConfig withApiExperiments(HostConfig next, HostConfig running) {
        HostConfig out = next;
        for (ShopConfig shop : next.shops().values()) {
            ShopConfig before = running.shops().get(shop.id());
            if (before == null) {
                continue;
            }
            List<ExperimentConfig> experiments = new ArrayList<>(shop.experiments());
            before.experiments().stream().filter(e -> "api".equals(e.origin()) && shop.experiment(e.id()) == null
                    && shop.experiments().stream().noneMatch(f -> f.stage().equals(e.stage()))).forEach(experiments::add);
            out = out.withShop(shop.withExperiments(experiments));
        }
        return out;
    }

    /** Records why a changed config file was not applied, for {@code GET /admin/config}. */
    void refused(String reason) {
        state.refused(reason);
    }

    /** Waits until replaced plugins are closed (for tests and orderly shutdown). */
    public void awaitRetired(long timeoutMillis) throws InterruptedException {
        retirement.awaitIdle(timeoutMillis);
    }

    private void commit(HostConfig config, LoadedPlugins plugins, PluginHandle retired, PluginHandle added,
                        boolean uploaded) {
        Map<String, ShopRuntime> previous = shops.all();
        Map<String, ShopRuntime> next;
        try {
            next = new ShopRuntimeBuilder(plugins, contexts, config.host().breaker(),
                    config.host().maxConcurrentCalls(), switches).build(config, previous);
        } catch (ConfigException e) {
            if (added != null) {
                discard(added, uploaded);
            }
            throw new RefusedException("invalid_config", e.getMessage(), null);
        }
        shops.replace(next);
        state.set(config, plugins);
        metrics.rebind(next);
        next.values().forEach(shop -> callbacks.shopStarted(shop, previous.get(shop.id())));
        if (retired != null) {
            ClassLoader loader = retired.plugin().classLoader();
            retirement.retire(retired.plugin().id(), () -> runningCalls(previous, loader), () -> {
                retired.close();
                callbacks.forget(loader);
                files.delete(retired.file());
            });
        }
    }

    private static int runningCalls(Map<String, ShopRuntime> shops, ClassLoader pluginLoader) {
        return shops.values().stream().mapToInt(shop -> shop.runningCalls(pluginLoader)).sum();
    }

    private PluginHandle load(Path file, boolean uploaded) {
        try {
            return PluginLoader.loadOne(file, state.config().pluginDigests());
        } catch (PluginLoadException e) {
            if (uploaded) {
                files.delete(file);
            }
            throw new RefusedException("plugin_refused", file.getFileName() + ": " + e.getMessage(), "file");
        }
    }

    private void discard(PluginHandle handle, boolean uploaded) {
        handle.close();
        if (uploaded) {
            files.delete(handle.file());
        }
    }

    private Path existing(String fileName) {
        Path file = files.resolve(fileName);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new NotFoundException("no_such_file", "the plugins folder has no " + fileName, "file");
        }
        return file;
    }

    private PluginHandle requireLoaded(String id) {
        return state.plugins().handle(id).orElseThrow(() ->
                new NotFoundException("unknown_plugin", "no plugin '" + id + "' is loaded", null));
    }

    private ShopConfig requireShop(String shopId) {
        ShopConfig shop = state.config().shops().get(shopId);
        if (shop == null) {
            throw NotFoundException.unknownShop(shopId);
        }
        return shop;
    }

    private void checkDigests(HostConfig config) {
        config.pluginDigests().forEach((id, digest) -> state.plugins().handle(id).ifPresent(handle -> {
            String actual = dev.salescycle.host.plugins.PluginDigest.sha256(handle.file());
            if (!actual.equalsIgnoreCase(digest)) {
                throw new ConfigException(config.source() + ": plugin '" + id + "' is loaded from a file with SHA-256 "
                        + actual + " but the config now expects " + digest);
            }
        }));
    }

    private static int indexOf(List<PluginRef> plugins, String id) {
        for (int i = 0; i < plugins.size(); i++) {
            if (plugins.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        retirement.close();
    }
}
