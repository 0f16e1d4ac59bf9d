/**
 * Deterministic assignment of units to variants: {@link dev.salescycle.host.experiments.assign.Assigner}
 * hashes {@code experimentId:salt:unitId} with XXH64 and cuts the hash space by the weights of an
 * {@link dev.salescycle.host.experiments.assign.Allocation}. No state, no store: every host computes the
 * same variant for the same unit.
 */
package dev.salescycle.host.experiments.assign;
