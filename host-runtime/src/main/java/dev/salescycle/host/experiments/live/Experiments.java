package dev.salescycle.host.experiments.live;

/**
 * A host's experiments, wired: what records exposures and orders, what follows the states in the store, and the
 * operator's view and changes.
 *
 * @param recorder records exposures, guardrail counts, orders and actions
 * @param states follows the store and promotes winners
 * @param admin lists, reads, creates, starts, stops, promotes and reverts
 */
public record Experiments(ExperimentRecorder recorder, ExperimentStates states, ExperimentAdmin admin) {
}
