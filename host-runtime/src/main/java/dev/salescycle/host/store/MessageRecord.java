package dev.salescycle.host.store;

import java.time.Instant;
import java.util.Map;

/**
 * A scheduled message as stored.
 *
 * @param id the message's id
 * @param pluginId the plugin that scheduled it
 * @param key the plugin's key for it, unique per order and plugin
 * @param template the plugin's template name
 * @param dueAt when it is to be sent
 * @param marketing whether it is marketing
 * @param status where it stands
 * @param data values for the template
 */
public record MessageRecord(long id, String pluginId, String key, String template, Instant dueAt,
                            boolean marketing, MessageStatus status, Map<String, String> data) {

    public MessageRecord {
        data = Map.copyOf(data);
    }
}
