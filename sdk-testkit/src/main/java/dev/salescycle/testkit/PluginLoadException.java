package dev.salescycle.testkit;

/**
 * A plugin the host would refuse to load or start; the message is the reason the host would give.
 *
 * @since 1.0.0
 */
public final class PluginLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refusal with the host's reason. */
    public PluginLoadException(String message) {
        super(message);
    }
}
