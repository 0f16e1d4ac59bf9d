package dev.salescycle.host.store;

/** A transaction lost a race (unique key taken, serialization failure, deadlock); retrying may succeed. */
final class ConflictException extends StoreException {

    ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
