package dev.salescycle.host.domain;

/** The request contradicts what is already there: an order id or idempotency key used for another order, a plugin installed twice. */
public final class StateConflictException extends DomainException {

    public StateConflictException(String code, String message, String field) {
        super(code, message, field);
    }
}
