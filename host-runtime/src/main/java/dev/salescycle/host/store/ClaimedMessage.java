package dev.salescycle.host.store;

import dev.salescycle.sdk.model.ScheduledMessage;
import java.time.Instant;
import java.util.Map;

/**
 * A due message taken by one claimer for delivery, as {@link Store#claimDue} returns it.
 *
 * @param id the message's id
 * @param shopId its shop
 * @param orderId the order that scheduled it
 * @param pluginId the plugin that scheduled it
 * @param key the plugin's key for it
 * @param template the plugin's template name
 * @param dueAt when it was due
 * @param marketing whether it is marketing
 * @param data values for the template
 * @param attempts delivery attempts made before this one
 * @param email the order's customer address (lower case), or null if the order has none
 * @param claimToken the claim under which it was taken
 */
public record ClaimedMessage(long id, String shopId, String orderId, String pluginId, String key, String template,
                             Instant dueAt, boolean marketing, Map<String, String> data, int attempts, String email,
                             String claimToken) {

    public ClaimedMessage {
        data = Map.copyOf(data);
    }

    /** The message as its plugin scheduled it, to hand back to the plugin. */
    public ScheduledMessage scheduled() {
        return new ScheduledMessage(key, template, dueAt, marketing, data);
    }
}
