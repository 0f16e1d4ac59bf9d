package dev.salescycle.host.mail;

/** A signed token (unsubscribe or tracking) that is malformed, forged, altered or expired. */
public final class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}
