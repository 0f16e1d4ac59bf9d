package dev.salescycle.host.dispatch;

import java.util.concurrent.ConcurrentHashMap;

/** Every experiment's switch by shop and experiment id, kept across shop snapshots; one per host. */
public final class ExperimentSwitches {

    private final ConcurrentHashMap<String, ExperimentSwitch> switches = new ConcurrentHashMap<>();

    /** The experiment's switch, made in the given phase if it has none yet. */
    public ExperimentSwitch of(String shopId, String experimentId, ExperimentPhase initial) {
        return switches.computeIfAbsent(shopId + "/" + experimentId, k -> new ExperimentSwitch(initial));
    }

    /** The experiment's switch, or null if no snapshot has bound it yet. */
    public ExperimentSwitch find(String shopId, String experimentId) {
        return switches.get(shopId + "/" + experimentId);
    }
}
