/**
 * Internal to the host (see {@link dev.salescycle.host}).
 *
 * <p>Retention delivery: a scheduler thread claims due messages in small batches, asks their plugin whether
 * each is still wanted and to render it, suppresses marketing to customers without consent or who
 * unsubscribed, sends, and stores the outcome in the transaction that holds the claim. Failures are
 * retried with exponential back-off up to a limit. {@link dev.salescycle.host.retention.Retention} wires
 * it together.
 */
package dev.salescycle.host.retention;
