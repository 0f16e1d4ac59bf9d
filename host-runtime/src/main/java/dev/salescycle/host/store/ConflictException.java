package dev.salescycle.host.store;

/** A transaction lost a race (unique key taken, serialization failure, deadlock); retrying may succeed. */
final class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
