package dev.salescycle.host.experiments.live;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.dispatch.Skipped;
import dev.salescycle.host.dispatch.StageExperiment;
import java.util.List;

/**
 * The hooks that run at one stage for one request: the unit's variant's while an experiment runs there, else the
 * shop's. Records the exposure, and after the run the arm's guardrail counts.
 */
public final class StageHooks {

    private final String shopId;
    private final StageExperiment experiment;
    private final int arm;
    private final List<BoundHook> hooks;

    private StageHooks(String shopId, StageExperiment experiment, int arm, List<BoundHook> hooks) {
        this.shopId = shopId;
        this.experiment = experiment;
        this.arm = arm;
        this.hooks = hooks;
    }

    /**
     * Picks the stage's hooks for a unit and records its exposure.
     *
     * @param visitorId the storefront's visitor id, or null
     * @param email the customer's address, or null
     */
    public static StageHooks pick(ShopRuntime shop, HookKind stage, String visitorId, String email,
                                  ExperimentRecorder recorder) {
        StageExperiment experiment = shop.experiment(stage);
        if (experiment == null) {
            return new StageHooks(shop.id(), null, -1, shop.hooks(stage));
        }
        String unit = switch (experiment.config().unit()) {
            case VISITOR -> visitorId;
            case CUSTOMER -> UnitKeys.customer(email);
        };
        int arm = recorder == null ? -1 : experiment.arm(unit);
        if (arm < 0) {
            return new StageHooks(shop.id(), null, -1, shop.hooks(stage));
        }
        recorder.exposed(shop.id(), experiment, arm, unit);
        return new StageHooks(shop.id(), experiment, arm, experiment.hooks(arm));
    }

    public List<BoundHook> hooks() {
        return hooks;
    }

    /** Counts the arm's plugin calls that were due, and those lost to a time-out or an open breaker. */
    public void finished(List<Skipped> skipped, ExperimentRecorder recorder) {
        if (experiment == null || recorder == null) {
            return;
        }
        var plugin = experiment.config().variants().get(arm).plugin();
        if (plugin == null) {
            return;
        }
        long timeouts = 0;
        long breaker = 0;
        for (Skipped s : skipped) {
            if (s.plugin().equals(plugin.id()) && s.hook().equals(experiment.stage().label())) {
                if (s.reason().equals("timeout")) {
                    timeouts++;
                } else if (s.reason().startsWith("skipped: circuit breaker")) {
                    breaker++;
                }
            }
        }
        recorder.count(shopId, experiment, arm, ExperimentRecorder.DUE, 1);
        recorder.count(shopId, experiment, arm, ExperimentRecorder.TIMEOUTS, timeouts);
        recorder.count(shopId, experiment, arm, ExperimentRecorder.BREAKER_TRIPS, breaker);
    }
}
