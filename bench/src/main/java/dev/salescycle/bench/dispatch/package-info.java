/**
 * The dispatch benchmark: no-op plugins built as real jars on the fly and loaded by the host's own loader,
 * called directly, through the host's cart service and dispatcher, and the naive PF4J way.
 */
package dev.salescycle.bench.dispatch;
