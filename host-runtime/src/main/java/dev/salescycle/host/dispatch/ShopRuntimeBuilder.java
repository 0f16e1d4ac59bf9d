package dev.salescycle.host.dispatch;

import dev.salescycle.host.config.BreakerSettings;
import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.config.PluginRef;
import dev.salescycle.host.config.SettingsException;
import dev.salescycle.host.config.SettingsValidator;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.host.plugins.PluginProblem;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Binds each shop's configured plugins to the loaded ones: checks that each exists, validates its
 * settings against its declared specs, and makes its context. Reports every problem at once.
 */
public final class ShopRuntimeBuilder {

    private final LoadedPlugins plugins;
    private final ContextFactory contexts;
    private final BreakerSettings breaker;
    private final int maxRunningCalls;
    private final ExperimentSwitches switches;

    /** @param maxRunningCalls how many calls of one plugin in one shop may run at once */
    public ShopRuntimeBuilder(LoadedPlugins plugins, ContextFactory contexts, BreakerSettings breaker,
                              int maxRunningCalls) {
        this(plugins, contexts, breaker, maxRunningCalls, new ExperimentSwitches());
    }

    /** @param switches the phases of the host's experiments, shared by every snapshot */
    public ShopRuntimeBuilder(LoadedPlugins plugins, ContextFactory contexts, BreakerSettings breaker,
                              int maxRunningCalls, ExperimentSwitches switches) {
        this.plugins = plugins;
        this.contexts = contexts;
        this.breaker = breaker;
        this.maxRunningCalls = maxRunningCalls;
        this.switches = switches;
    }

    /** @throws ConfigException naming file, line and field of every problem */
    public Map<String, ShopRuntime> build(HostConfig config) {
        return build(config, Map.of());
    }

    /**
     * Builds the shops, keeping the counts and breaker of each hook that stays bound as it was.
     *
     * @param previous the shops as they run now
     */
    public Map<String, ShopRuntime> build(HostConfig config, Map<String, ShopRuntime> previous) {
        List<String> problems = new ArrayList<>();
        Map<String, ShopRuntime> shops = new LinkedHashMap<>();
        for (ShopConfig shop : config.shops().values()) {
            shops.put(shop.id(), shop(shop, previous.get(shop.id()), problems));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        return shops;
    }

    private ShopRuntime shop(ShopConfig shop, ShopRuntime previous, List<String> problems) {
        List<BoundHook> bound = new ArrayList<>();
        Map<String, PluginContext> shopContexts = new LinkedHashMap<>();
        for (PluginRef ref : shop.plugins()) {
            LoadedPlugin plugin = plugins.find(ref.id()).orElse(null);
            if (plugin == null) {
                problems.add(ref.locator().problem(ref.path() + ".id", "unknown plugin '" + ref.id()
                        + "'; " + whyMissing(ref.id())));
                continue;
            }
            Settings settings = settings(plugin, ref, shop, problems);
            if (settings == null) {
                continue;
            }
            PluginContext context = contexts.create(shop, plugin.id(), settings);
            shopContexts.put(plugin.id(), context);
            Bulkhead bulkhead = new Bulkhead(maxRunningCalls);
            for (SalesCycleHook hook : plugin.hooks()) {
                for (HookKind kind : HookKind.values()) {
                    if (kind.type().isInstance(hook)) {
                        bound.add(new BoundHook(plugin.id(), kind, hook, context, plugin.classLoader(),
                                ref.budget().toNanos(), stats(previous, kind, hook, bulkhead)));
                    }
                }
            }
        }
        try {
            Map<HookKind, List<BoundHook>> byKind = ShopRuntime.byKind(bound);
            ExperimentBinder binder = new ExperimentBinder(plugins, contexts, switches,
                    (plugin, ref, found) -> settings(plugin, ref, shop, found),
                    (kind, hook) -> sharedStats(bound, previous, kind, hook));
            return new ShopRuntime(shop, byKind, shopContexts, binder.bind(shop, byKind, problems));
        } catch (IllegalArgumentException e) {
            problems.add(shop.plugins().isEmpty() ? e.getMessage() : shop.plugins().get(0).locator()
                    .problem("shops." + shop.id() + ".plugins", e.getMessage()));
            return null;
        }
    }

    /** A variant's hook shares the counts and breaker of the shop's own binding of the hook, if any. */
    private HookStats sharedStats(List<BoundHook> bound, ShopRuntime previous, HookKind kind, SalesCycleHook hook) {
        for (BoundHook earlier : bound) {
            if (earlier.hook() == hook && earlier.kind() == kind) {
                return earlier.stats();
            }
        }
        if (previous != null) {
            for (BoundHook earlier : previous.experimentHooks()) {
                if (earlier.hook() == hook && earlier.kind() == kind) {
                    return earlier.stats();
                }
            }
        }
        return stats(previous, kind, hook, new Bulkhead(maxRunningCalls));
    }

    private HookStats stats(ShopRuntime previous, HookKind kind, SalesCycleHook hook,
                            Bulkhead bulkhead) {
        if (previous != null) {
            for (BoundHook earlier : previous.configuredHooks(kind)) {
                if (earlier.hook() == hook) {
                    return earlier.stats();
                }
            }
        }
        return new HookStats(new CircuitBreaker(breaker, System::nanoTime), bulkhead);
    }

    /**
     * The plugin's settings for the shop: one set per plugin, checked against the union of the specs of all its
     * hooks, then by each hook's own {@link SalesCycleHook#validate}. Null when there is a problem.
     */
    private static Settings settings(LoadedPlugin plugin, PluginRef ref, ShopConfig shop, List<String> problems) {
        List<SettingSpec> specs = new ArrayList<>();
        plugin.hooks().forEach(h -> specs.addAll(h.settingSpecs()));
        try {
            Settings settings = new SettingsValidator(specs).resolve(ref.settings(), shop.currency());
            List<String> found = PluginValidation.problems(plugin, settings, ref);
            problems.addAll(found);
            return found.isEmpty() ? settings : null;
        } catch (SettingsException e) {
            e.problems().forEach(p -> problems.add(ref.settingProblem(p.setting(), p.message())));
        } catch (RuntimeException e) {
            problems.add(ref.locator().problem(ref.path(), "plugin '" + ref.id()
                    + "' declares settings the host cannot use: " + e.getMessage()));
        }
        return null;
    }

    private String whyMissing(String id) {
        for (PluginProblem problem : plugins.problems()) {
            if (problem.source().contains(id)) {
                return "it was found but not loaded: " + problem.reason();
            }
        }
        return "loaded plugins: " + new TreeSet<>(plugins.all().keySet());
    }
}
