/**
 * Experiments on a running host: which hooks run for a unit, what is recorded (exposures, orders, actions,
 * guardrail counts), where each experiment stands across hosts, results with the engine's decision, and the
 * operator's changes (create, start, stop, promote, revert).
 */
package dev.salescycle.host.experiments.live;
