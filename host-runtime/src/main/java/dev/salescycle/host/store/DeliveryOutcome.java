package dev.salescycle.host.store;

import java.time.Instant;

/**
 * What became of one delivery of a claimed message, stored by {@link Store#deliver}.
 *
 * @param status the message's new status: sent, scheduled again (a retry), failed, suppressed or cancelled
 * @param at when it was decided
 * @param reason why it was not sent (the error, or the reason for suppression or cancellation); null when sent
 * @param nextAttemptAt when to try again; set exactly for a retry
 */
public record DeliveryOutcome(MessageStatus status, Instant at, String reason, Instant nextAttemptAt) {

    private static final int MAX_REASON = 2000;

    public DeliveryOutcome {
        Check.notNull("status", status);
        Check.notNull("at", at);
        if (status == MessageStatus.CLAIMED) {
            throw new IllegalArgumentException("a delivery cannot end in status CLAIMED");
        }
        if ((status == MessageStatus.SCHEDULED) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("nextAttemptAt is set exactly for a retry (status SCHEDULED)");
        }
        if (status != MessageStatus.SENT) {
            Check.text("reason", reason, Integer.MAX_VALUE);
            reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        }
    }

    /** Handed to the mail server. */
    public static DeliveryOutcome sent(Instant at) {
        return new DeliveryOutcome(MessageStatus.SENT, at, null, null);
    }

    /** Failed this time; try again at {@code next}. */
    public static DeliveryOutcome retry(Instant at, String error, Instant next) {
        return new DeliveryOutcome(MessageStatus.SCHEDULED, at, error, next);
    }

    /** Failed for good. */
    public static DeliveryOutcome failed(Instant at, String error) {
        return new DeliveryOutcome(MessageStatus.FAILED, at, error, null);
    }

    /** Not sent because the customer gave no marketing consent or unsubscribed. */
    public static DeliveryOutcome suppressed(Instant at, String reason) {
        return new DeliveryOutcome(MessageStatus.SUPPRESSED, at, reason, null);
    }

    /** Not sent because it is no longer wanted (by its plugin, or the plugin or customer is gone). */
    public static DeliveryOutcome cancelled(Instant at, String reason) {
        return new DeliveryOutcome(MessageStatus.CANCELLED, at, reason, null);
    }

    /** Whether this counts as a delivery attempt (everything but a cancellation). */
    boolean isAttempt() {
        return status != MessageStatus.CANCELLED;
    }

    /** The outcome recorded in delivery_attempts. */
    String attemptOutcome() {
        return switch (status) {
            case SENT -> "sent";
            case SUPPRESSED -> "suppressed";
            default -> "failed";
        };
    }
}
