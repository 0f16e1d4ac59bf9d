/**
 * Internal to the host (see {@link dev.salescycle.host}).
 *
 * <p>The refusals services and the plugin lifecycle throw, free of any transport: the HTTP edge maps each kind to
 * a status in one place ({@code dev.salescycle.host.http.Failures}).
 */
package dev.salescycle.host.domain;
