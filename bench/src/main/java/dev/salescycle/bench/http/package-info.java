/**
 * The HTTP comparison: the host's {@code POST /cart/evaluate} on a seeded shop against a bare Jetty servlet,
 * a load generator in a process of its own (and wrk where installed), before/after runs of two builds, a
 * latency plot, and a summary of a flight recording of the host.
 */
package dev.salescycle.bench.http;
