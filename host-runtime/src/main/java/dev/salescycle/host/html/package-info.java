/**
 * Internal to the host (see {@link dev.salescycle.host}). Writing HTML safely: escaping text, and sanitizing
 * HTML that plugins hand the host.
 */
package dev.salescycle.host.html;
