package dev.salescycle.host.dispatch;

import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One shop's immutable snapshot of enabled hooks, per hook kind in configured plugin order. Requests take
 * the snapshot once and use it to the end, so a change of plugins never mixes two snapshots in one answer.
 */
public final class ShopRuntime {

    private final ShopConfig config;
    private final Map<HookKind, List<BoundHook>> hooks;
    private final Map<String, PluginContext> contexts;
    private final StageExperiment[] experiments = new StageExperiment[HookKind.values().length];

    ShopRuntime(ShopConfig config, List<BoundHook> all, Map<String, PluginContext> contexts) {
        this.config = config;
        this.hooks = byKind(all);
        this.contexts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
    }

    /** Hooks of each kind in configured order, as far as their runsBefore/runsAfter allow. */
    static Map<HookKind, List<BoundHook>> byKind(List<BoundHook> all) {
        Map<HookKind, List<BoundHook>> byKind = new EnumMap<>(HookKind.class);
        for (HookKind kind : HookKind.values()) {
            byKind.put(kind, List.copyOf(HookOrder.sort(all.stream().filter(h -> h.kind() == kind).toList())));
        }
        return byKind;
    }

    ShopRuntime(ShopConfig config, Map<HookKind, List<BoundHook>> hooks, Map<String, PluginContext> contexts,
                Map<HookKind, StageExperiment> stageExperiments) {
        this.config = config;
        this.hooks = hooks;
        this.contexts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
        stageExperiments.forEach((kind, experiment) -> experiments[kind.ordinal()] = experiment);
    }

    /** The experiment splitting a stage, or null. */
    public StageExperiment experiment(HookKind stage) {
        return experiments[stage.ordinal()];
    }

    /** The shop's experiments, in stage order. */
    public List<StageExperiment> experiments() {
        return java.util.Arrays.stream(experiments).filter(java.util.Objects::nonNull).toList();
    }

    public ShopConfig config() {
        return config;
    }

    public String id() {
        return config.id();
    }

    /** The hooks of one kind in force for every request: in configured order, or a promoted variant's. */
    public List<BoundHook> hooks(HookKind kind) {
        StageExperiment experiment = experiments[kind.ordinal()];
        if (experiment != null) {
            int promoted = experiment.promotedArm();
            if (promoted >= 0) {
                return experiment.hooks(promoted);
            }
        }
        return hooks.get(kind);
    }

    /** The hooks of one kind as configured, whatever an experiment promoted. */
    public List<BoundHook> configuredHooks(HookKind kind) {
        return hooks.get(kind);
    }

    /** The hooks of several kinds: all of the first kind, then all of the next. */
    public List<BoundHook> hooks(HookKind first, HookKind second) {
        List<BoundHook> out = new ArrayList<>(hooks(first));
        out.addAll(hooks(second));
        return List.copyOf(out);
    }

    /** Every hook of the shop in force for every request (a promoted variant's at its stage), in stage order. */
    public List<BoundHook> allHooks() {
        List<BoundHook> out = new ArrayList<>();
        for (HookKind kind : HookKind.values()) {
            out.addAll(hooks(kind));
        }
        return out;
    }

    /** Each enabled plugin's context, in configured order. */
    public Map<String, PluginContext> contexts() {
        return contexts;
    }

    /**
     * How many calls of the plugin with this class loader run now in this shop, on any of its hooks, late ones
     * included; a replaced plugin's class loader is closed only once none does.
     */
    public int runningCalls(ClassLoader pluginLoader) {
        java.util.Set<Bulkhead> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int running = 0;
        List<BoundHook> every = allHooks();
        every.addAll(experimentHooks());
        for (BoundHook hook : every) {
            if (hook.classLoader() == pluginLoader && counted.add(hook.stats().bulkhead())) {
                running += hook.stats().bulkhead().running();
            }
        }
        return running;
    }

    /** Each distinct hook instance of the shop with its plugin's context, for lifecycle callbacks. */
    public Map<SalesCycleHook, BoundHook> distinctHooks() {
        Map<SalesCycleHook, BoundHook> out = new java.util.IdentityHashMap<>();
        allHooks().forEach(h -> out.putIfAbsent(h.hook(), h));
        experimentHooks().forEach(h -> out.putIfAbsent(h.hook(), h));
        return out;
    }

    /** Every hook the variants of the shop's experiments bind. */
    List<BoundHook> experimentHooks() {
        List<BoundHook> out = new ArrayList<>();
        for (StageExperiment experiment : experiments()) {
            for (int i = 0; i < experiment.config().variants().size(); i++) {
                out.addAll(experiment.hooks(i));
            }
        }
        return out;
    }
}
