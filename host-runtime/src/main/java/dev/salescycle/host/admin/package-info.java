/**
 * Internal. The operator's side of the host: the admin token and the per-hook metrics the admin API and
 * {@code /metrics} report.
 */
package dev.salescycle.host.admin;
