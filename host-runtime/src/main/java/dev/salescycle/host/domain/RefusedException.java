package dev.salescycle.host.domain;

/** Well-formed, but refused on its merits: a lead the plugins rejected, a plugin file or config change that does not hold. */
public final class RefusedException extends DomainException {

    public RefusedException(String code, String message, String field) {
        super(code, message, field);
    }
}
