package dev.salescycle.host.dispatch;

/**
 * A plugin whose contribution is missing from an answer, and why.
 *
 * @param plugin the plugin id
 * @param hook the hook label
 * @param reason {@code timeout}, {@code error: ...}, {@code bad answer: ...} or {@code skipped: ...}
 */
public record Skipped(String plugin, String hook, String reason) {
}
