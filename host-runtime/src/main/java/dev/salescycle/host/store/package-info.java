/**
 * Internal to the host (see {@link dev.salescycle.host}).
 *
 * <p>The host's durable store: leads, customers, products, orders, idempotency keys, scheduled
 * messages, plugin state and funnel events, on H2 (embedded default) or PostgreSQL.
 *
 * <p>{@link dev.salescycle.host.store.Store} is the entry point; everything else in the package
 * is either a value it takes or returns, or package-private plumbing (plain JDBC, one data access
 * class per table group). The schema is managed by Flyway migrations under {@code db/migration}.
 */
package dev.salescycle.host.store;
