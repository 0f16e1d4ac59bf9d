package dev.salescycle.host.store;

/** A store operation failed; the cause holds the database's own error. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
