package dev.salescycle.host.store;

import java.time.Instant;
import java.util.Map;

/**
 * A scheduled message as stored.
 *
 * @param id the message's id
 * @param orderId the order it was scheduled for
 * @param pluginId the plugin that scheduled it
 * @param key the plugin's key for it, unique per order and plugin
 * @param template the plugin's template name
 * @param dueAt when it is to be sent
 * @param marketing whether it is marketing
 * @param status where it stands
 * @param data values for the template
 * @param attempts delivery attempts made so far
 * @param lastError why the latest attempt failed or the message was not sent, or null
 * @param sentAt when it was handed to the mail server, or null
 */
public record MessageRecord(long id, String orderId, String pluginId, String key, String template, Instant dueAt,
                            boolean marketing, MessageStatus status, Map<String, String> data, int attempts,
                            String lastError, Instant sentAt) {

    public MessageRecord {
        data = Map.copyOf(data);
    }
}
