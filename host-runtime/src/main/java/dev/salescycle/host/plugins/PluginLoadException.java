package dev.salescycle.host.plugins;

/** A plugin file that cannot be used; the message says why, for the operator. */
public final class PluginLoadException extends RuntimeException {

    public PluginLoadException(String message) {
        super(message);
    }
}
