package dev.salescycle.host.attribution;

import dev.salescycle.host.dispatch.HookKind;
import java.time.Instant;

/**
 * What a shopper met that may have led to an order: a plugin's offer, recommendation, thank-you block or mail.
 *
 * @param stage the hook that made it
 * @param plugin the plugin that made it
 * @param item what it was: an offer id, a recommended sku, a block's type, a message key
 * @param kind how it was met ({@link TouchKind})
 * @param at when it was handed out, or for a mail when it was clicked or opened
 */
public record Touch(HookKind stage, String plugin, String item, TouchKind kind, Instant at) {
}
