package dev.salescycle.host.dispatch;

import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.experiments.assign.Assigner;
import java.util.List;

/**
 * An experiment bound to a shop snapshot: its assigner and, per variant, the whole list of hooks that run at
 * its stage for that variant's units, computed once so that a request only hashes its unit and picks a list.
 */
public final class StageExperiment {

    private final ExperimentConfig config;
    private final HookKind stage;
    private final Assigner assigner;
    private final List<List<BoundHook>> arms;
    private final ExperimentSwitch state;

    StageExperiment(ExperimentConfig config, HookKind stage, Assigner assigner, List<List<BoundHook>> arms,
                    ExperimentSwitch state) {
        this.config = config;
        this.stage = stage;
        this.assigner = assigner;
        this.arms = List.copyOf(arms);
        this.state = state;
    }

    public ExperimentConfig config() {
        return config;
    }

    public HookKind stage() {
        return stage;
    }

    public ExperimentSwitch state() {
        return state;
    }

    /** The unit's variant index while the experiment runs, or -1 (not running, or no unit id). */
    public int arm(String unitId) {
        if (unitId == null || unitId.isEmpty() || state.state().phase() != ExperimentPhase.RUNNING) {
            return -1;
        }
        return assigner.assign(unitId);
    }

    /** The hooks that run at the stage for a variant, in order. */
    public List<BoundHook> hooks(int arm) {
        return arms.get(arm);
    }

    /** The promoted variant's index, or -1 unless promoted. */
    public int promotedArm() {
        ExperimentSwitch.State now = state.state();
        if (now.phase() != ExperimentPhase.PROMOTED) {
            return -1;
        }
        for (int i = 0; i < config.variants().size(); i++) {
            if (config.variants().get(i).name().equals(now.promoted())) {
                return i;
            }
        }
        return -1;
    }

    /** The plugin ids the variants put at the stage (a holdout adds none). */
    public List<String> plugins() {
        return config.variants().stream().filter(v -> v.plugin() != null).map(v -> v.plugin().id()).distinct().toList();
    }

    /** The assigner, for checking an assignment by hand. */
    public Assigner assigner() {
        return assigner;
    }
}
