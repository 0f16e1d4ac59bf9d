/**
 * Internal. Running the hooks of one shop for one request: snapshots of ordered hooks per shop, per-call budgets
 * and the watchdog, bulkheads and breakers, merging the plugins' answers, and the lifecycle callbacks queued
 * off the request path.
 */
package dev.salescycle.host.dispatch;
