package dev.salescycle.host.plugins;

/**
 * A plugin file that could not be loaded or started; the other plugins run.
 *
 * @param source the file name in the plugins folder (or plugin id when known)
 * @param reason what went wrong, for the operator
 */
public record PluginProblem(String source, String reason) {
}
