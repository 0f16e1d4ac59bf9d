package dev.salescycle.host.dispatch;

import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.config.ExperimentVariant;
import dev.salescycle.host.config.PluginRef;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.experiments.assign.Allocation;
import dev.salescycle.host.experiments.assign.Assigner;
import dev.salescycle.host.experiments.assign.Variant;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.settings.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Binds a shop's experiments: checks each variant's plugin (loaded, with a hook at the stage, settings valid)
 * and computes each variant's hook list at the stage: the shop's list with the experiment's plugins taken out
 * and the variant's plugin put where the first of them was (or last), ordered as the plugins demand.
 */
final class ExperimentBinder {

    /** Validates a variant's settings against its plugin's specs; null after adding problems. */
    interface SettingsCheck {
        Settings resolve(LoadedPlugin plugin, PluginRef ref, List<String> problems);
    }

    private final LoadedPlugins plugins;
    private final ContextFactory contexts;
    private final ExperimentSwitches switches;
    private final SettingsCheck settings;
    private final BiFunction<HookKind, SalesCycleHook, HookStats> stats;

    /** @param stats the counts and breaker of a hook, shared with its other bindings in the shop */
    ExperimentBinder(LoadedPlugins plugins, ContextFactory contexts, ExperimentSwitches switches, SettingsCheck settings,
                     BiFunction<HookKind, SalesCycleHook, HookStats> stats) {
        this.plugins = plugins;
        this.contexts = contexts;
        this.switches = switches;
        this.settings = settings;
        this.stats = stats;
    }

    Map<HookKind, StageExperiment> bind(ShopConfig shop, Map<HookKind, List<BoundHook>> base, List<String> problems) {
        Map<HookKind, StageExperiment> out = new EnumMap<>(HookKind.class);
        for (ExperimentConfig experiment : shop.experiments()) {
            HookKind stage = Arrays.stream(HookKind.values()).filter(k -> k.label().equals(experiment.stage()))
                    .findFirst().orElseThrow();
            List<String> experimentPlugins = experiment.variants().stream().filter(v -> v.plugin() != null)
                    .map(v -> v.plugin().id()).distinct().toList();
            List<List<BoundHook>> arms = new ArrayList<>();
            for (ExperimentVariant variant : experiment.variants()) {
                List<BoundHook> arm = arm(shop, experiment, variant, stage, base.get(stage), experimentPlugins, problems);
                arms.add(arm);
            }
            if (arms.contains(null)) {
                continue;
            }
            Allocation allocation = Allocation.of(experiment.variants().stream()
                    .map(v -> new Variant(v.name(), v.weight())).toList());
            ExperimentSwitch state = switches.of(shop.id(), experiment.id(),
                    "api".equals(experiment.origin()) ? ExperimentPhase.DRAFT : ExperimentPhase.RUNNING);
            out.put(stage, new StageExperiment(experiment, stage, new Assigner(experiment.id(), experiment.salt(),
                    allocation), arms, state));
        }
        return out;
    }

    private List<BoundHook> arm(ShopConfig shop, ExperimentConfig experiment, ExperimentVariant variant, HookKind stage,
                                List<BoundHook> base, List<String> experimentPlugins, List<String> problems) {
        List<BoundHook> arm = new ArrayList<>();
        int at = -1;
        for (BoundHook hook : base) {
            if (experimentPlugins.contains(hook.pluginId())) {
                at = at < 0 ? arm.size() : at;
            } else {
                arm.add(hook);
            }
        }
        PluginRef ref = variant.plugin();
        if (ref == null) {
            return List.copyOf(arm);
        }
        LoadedPlugin plugin = plugins.find(ref.id()).orElse(null);
        if (plugin == null) {
            problems.add(ref.locator().problem(variant.path() + ".plugin", "unknown plugin '" + ref.id()
                    + "'; loaded plugins: " + new java.util.TreeSet<>(plugins.all().keySet())));
            return null;
        }
        SalesCycleHook hook = plugin.hooks().stream().filter(stage.type()::isInstance).findFirst().orElse(null);
        if (hook == null) {
            problems.add(ref.locator().problem(variant.path() + ".plugin", "plugin '" + ref.id() + "' has no "
                    + stage.label() + " hook, so it cannot be a variant of experiment '" + experiment.id()
                    + "' at that stage"));
            return null;
        }
        Settings resolved = settings.resolve(plugin, ref, problems);
        if (resolved == null) {
            return null;
        }
        BoundHook bound = new BoundHook(plugin.id(), stage, hook, contexts.create(shop, plugin.id(), resolved),
                plugin.classLoader(), ref.budget().toNanos(), stats.apply(stage, hook));
        arm.add(at < 0 ? arm.size() : at, bound);
        return List.copyOf(HookOrder.sort(arm));
    }
}
