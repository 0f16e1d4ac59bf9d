package dev.salescycle.host.mail;

/**
 * What a valid tracking token says: a mail was opened, or a link in it followed.
 *
 * @param click true for a followed link, false for an opened mail
 * @param shopId the shop that sent the mail
 * @param messageId the scheduled message the mail delivered
 * @param pluginId the plugin that scheduled it
 * @param url where a followed link leads, or null for an opened mail
 */
public record TrackingToken(boolean click, String shopId, long messageId, String pluginId, String url) {
}
