/**
 * The decision rules of an experiment: {@link dev.salescycle.host.experiments.decision.Decider} turns a
 * {@link dev.salescycle.host.experiments.decision.Look} (the arms' counts and the time run) into a
 * {@link dev.salescycle.host.experiments.decision.Decision}: a
 * {@link dev.salescycle.host.experiments.decision.Verdict}, the winner if any, a reason, and the figures.
 */
package dev.salescycle.host.experiments.decision;
