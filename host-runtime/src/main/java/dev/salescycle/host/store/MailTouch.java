package dev.salescycle.host.store;

import java.time.Instant;

/**
 * A retention mail to a customer that was clicked or opened.
 *
 * @param pluginId the plugin that scheduled the message
 * @param click true for a link followed, false for the mail opened
 * @param messageKey the plugin's key of the message
 * @param at when
 */
public record MailTouch(String pluginId, boolean click, String messageKey, Instant at) {
}
