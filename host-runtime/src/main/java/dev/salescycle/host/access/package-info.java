/**
 * Internal. Who may call what: the credential of each kind of caller (browser, shop server, operator), rate limits,
 * back-off on wrong tokens, client addresses behind trusted proxies and the security headers of every answer.
 */
package dev.salescycle.host.access;
