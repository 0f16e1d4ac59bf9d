package dev.salescycle.host.dispatch;

/**
 * A hook's contribution with the id of the plugin that made it.
 *
 * @param plugin the plugin id
 * @param value the offer, recommendation, block or message
 * @param <T> its type
 */
public record Attributed<T>(String plugin, T value) {
}
