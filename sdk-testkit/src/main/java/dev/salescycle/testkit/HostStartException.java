package dev.salescycle.testkit;

/**
 * A test host that did not start: its config or a plugin's settings are wrong (the message is the host's,
 * naming file, line and field), or a plugin could not be built or loaded.
 *
 * @since 1.1.0
 */
public final class HostStartException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** A failed start with the host's reason. */
    public HostStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
