package dev.salescycle.host.store;

/** A store operation failed; the cause holds the database's own error. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
