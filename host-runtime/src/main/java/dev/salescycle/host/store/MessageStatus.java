package dev.salescycle.host.store;

import java.util.Locale;

/** Where a scheduled message stands. Stored lower case. */
public enum MessageStatus {
    /** Waiting for its due time. */
    SCHEDULED,
    /** Taken by a host for delivery; the claim expires if that host dies. */
    CLAIMED,
    /** Delivered to the mail server. */
    SENT,
    /** Given up after the retry limit. */
    FAILED,
    /** Not sent: no marketing consent or unsubscribed. */
    SUPPRESSED,
    /** Withdrawn before it was due (by its plugin or by erasure). */
    CANCELLED;

    String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static MessageStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
