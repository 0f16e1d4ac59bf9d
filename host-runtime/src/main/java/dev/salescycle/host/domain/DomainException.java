package dev.salescycle.host.domain;

/**
 * Something the host refuses for a reason of its own domain (an unknown shop, a conflicting order, a plugin
 * that cannot be installed), with a stable code and, where one field is at fault, its name. How such a
 * refusal is answered (an HTTP status, for one) is decided at the edge, by its subclass.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, StateConflictException, InvalidInputException, RefusedException {

    private final String code;
    private final String field;

    DomainException(String code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    /** The field at fault, or null. */
    public String field() {
        return field;
    }
}
