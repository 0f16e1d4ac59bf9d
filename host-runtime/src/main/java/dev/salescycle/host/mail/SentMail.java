package dev.salescycle.host.mail;

import java.time.Instant;

/**
 * A mail the host sent, as the {@link Outbox} keeps it.
 *
 * @param at when it was handed over
 * @param shopId the shop it was sent for
 * @param messageId the scheduled message it delivered
 * @param mail what was sent
 */
public record SentMail(Instant at, String shopId, long messageId, OutgoingMail mail) {
}
