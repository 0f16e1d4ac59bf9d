package dev.salescycle.host.store;

import dev.salescycle.sdk.model.ScheduledMessage;
import java.util.Objects;

/**
 * A message a plugin scheduled for an order that is being placed.
 *
 * @param pluginId the plugin that scheduled it
 * @param message what to send and when
 */
public record NewMessage(String pluginId, ScheduledMessage message) {

    public NewMessage {
        Check.text("pluginId", pluginId, Limits.PLUGIN_ID);
        Objects.requireNonNull(message, "message");
        Check.text("message key", message.key(), Limits.MESSAGE_KEY);
        Check.text("message template", message.template(), Limits.TEMPLATE);
    }
}
