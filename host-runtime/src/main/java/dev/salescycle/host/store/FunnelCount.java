package dev.salescycle.host.store;

import java.time.Instant;

/**
 * How many events of one type a plugin (or the host, when {@code pluginId} is null) had in a period; used
 * for the frequent, anonymous events that are counted rather than recorded one by one.
 *
 * @param type what happened
 * @param pluginId the plugin that contributed, or null
 * @param count how many times, at least 1
 * @param from the start of the period
 * @param to the end of the period, not before its start; the count falls in a window that contains it
 */
public record FunnelCount(FunnelEventType type, String pluginId, long count, Instant from, Instant to) {

    public FunnelCount {
        Check.notNull("type", type);
        Check.notNull("from", from);
        Check.notNull("to", to);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (pluginId != null) {
            Check.text("pluginId", pluginId, Limits.PLUGIN_ID);
        }
    }
}
