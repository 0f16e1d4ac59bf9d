package dev.salescycle.sdk.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message a retention plugin asks the host to send later.
 *
 * @param key unique among the messages the plugin schedules for one order, for example {@code welcome}
 * @param template the plugin's template name
 * @param dueAt when to send it
 * @param marketing whether it is marketing (sent only with consent, and with an unsubscribe link)
 * @param data values for the template (for example {@code couponCode}), never null
 * @since 1.0.0
 */
public record ScheduledMessage(String key, String template, Instant dueAt, boolean marketing,
                               Map<String, String> data) {

    /**
     * Checks the message; null data counts as none.
     *
     * @throws NullPointerException if {@code key}, {@code template} or {@code dueAt} is null
     */
    public ScheduledMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(dueAt, "dueAt");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
