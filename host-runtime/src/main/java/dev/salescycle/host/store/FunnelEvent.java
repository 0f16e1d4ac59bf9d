package dev.salescycle.host.store;

import java.time.Instant;

/**
 * One funnel event.
 *
 * @param type what happened
 * @param ref what it happened to (a lead id, cart id, order id or message id), or null
 * @param pluginId the plugin that contributed (an offer's or recommendation's maker), or null
 * @param at when it happened
 */
public record FunnelEvent(FunnelEventType type, String ref, String pluginId, Instant at) {

    public FunnelEvent {
        Check.notNull("type", type);
        Check.notNull("at", at);
        if (ref != null && ref.length() > 200) {
            throw new IllegalArgumentException("ref is longer than 200 characters");
        }
        if (pluginId != null) {
            Check.text("pluginId", pluginId, Limits.PLUGIN_ID);
        }
    }
}
