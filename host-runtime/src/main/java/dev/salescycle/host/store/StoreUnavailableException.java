package dev.salescycle.host.store;

/**
 * The database cannot be reached right now (connection refused or lost, pool timed out, server
 * shutting down). Worth retrying later; an HTTP layer answers 503 with {@code Retry-After}.
 */
public class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
