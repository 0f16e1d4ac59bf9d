/**
 * The statistics of experiments, as pure functions of per-arm counts: always-valid intervals and p-values
 * for the difference and the relative lift between two arms
 * ({@link dev.salescycle.host.experiments.stats.Lift} over a
 * {@link dev.salescycle.host.experiments.stats.MixtureBoundary}), for yes/no metrics
 * ({@link dev.salescycle.host.experiments.stats.BinaryTally}) and amounts
 * ({@link dev.salescycle.host.experiments.stats.ContinuousTally}), and the sample-ratio check
 * ({@link dev.salescycle.host.experiments.stats.SampleRatio}). Valid however often they are looked at.
 */
package dev.salescycle.host.experiments.stats;
