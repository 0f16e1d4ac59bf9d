/**
 * The experiment engine measured: the JMH benchmark of assignment, and the simulation that drives the real
 * assignment and decision code with synthetic visitors (A/A false winners under peeking, A/B power and units
 * needed, sample-ratio mismatch), whose tables and figure go into the experiments guide.
 */
package dev.salescycle.bench.experiments;
