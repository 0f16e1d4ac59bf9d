package dev.salescycle.host.domain;

/** A value that cannot be right whatever the state, such as a cart in another currency than the shop's. */
public final class InvalidInputException extends DomainException {

    public InvalidInputException(String code, String message, String field) {
        super(code, message, field);
    }

    /** An invalid field, its name leading the message. */
    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException("invalid_field", field + ": " + message, field);
    }
}
