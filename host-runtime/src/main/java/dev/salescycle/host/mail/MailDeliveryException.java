package dev.salescycle.host.mail;

/** A mail was not accepted. Permanent failures (a refused address) are not worth retrying. */
public final class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Whether sending the same mail again will fail the same way. */
    public boolean permanent() {
        return permanent;
    }
}
