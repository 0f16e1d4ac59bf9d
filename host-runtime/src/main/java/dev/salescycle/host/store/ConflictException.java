package dev.salescycle.host.store;

/**
 * A transaction lost a race (unique key taken, serialization failure, deadlock); retrying may succeed. The
 * store retries a few times itself; one that still escapes is answered 503 with {@code Retry-After}.
 */
public final class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
