package dev.salescycle.host.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The store's part for one concern: retention messages due for delivery, claimed and delivered at most once among
 * several hosts. See {@link Store} for what holds for every method: thread-safe, keyed by shop, committed before
 * it returns.
 */
public interface MessageStore {

    /**
     * Claims up to {@code limit} messages of the given shops due at {@code now}, oldest first: scheduled ones
     * whose next attempt time has come, and claimed ones whose claim expired because their claimer stopped
     * before settling them.
     * The claim is committed before this returns and lasts {@code claimTimeout}. Rows are picked with
     * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so claimers on several hosts take disjoint messages (on H2 a
     * claimer racing another in the same process may get fewer than are due, never the same ones).
     *
     * @param claimToken names this claim, unique per call, up to 200 characters; starts with the claimer's
     *     prefix for {@link #releaseClaims}
     * @param shopIds the shops whose messages to claim (those the claiming host serves)
     * @param limit the most messages to claim, 1 to 1000
     */
    List<ClaimedMessage> claimDue(String claimToken, Collection<String> shopIds, Instant now, int limit,
                                  Duration claimTimeout);

    /**
     * Delivers a claimed message at most once among all claimers. In one transaction: locks the message's row,
     * checks that it is still claimed under this claim (not taken over after the claim expired, not cancelled
     * by an erasure), runs the delivery with the lock held, and stores its outcome: the status, a delivery
     * attempt (unless cancelled), and for a sent message a {@link FunnelEventType#MESSAGE_SENT} event. If the
     * delivery throws, nothing is stored and the claim stands until it expires.
     *
     * @return the stored outcome, or empty when the claim no longer stood and the delivery did not run
     */
    Optional<DeliveryOutcome> deliver(ClaimedMessage message, Function<ClaimedMessage, DeliveryOutcome> delivery);

    /**
     * Hands back the open claims whose token starts with the prefix, for a claimer that stops: those messages
     * are due again at once instead of after their claims expire. Returns how many.
     */
    int releaseClaims(String tokenPrefix, Instant at);

    /** How many of the shop's messages are in each status; every status is present, zero if none. */
    Map<MessageStatus, Long> messageCounts(String shopId);

    /** The shop's messages in this status, soonest due first, at most {@code limit} (1 to 1000). */
    List<MessageRecord> messagesWithStatus(String shopId, MessageStatus status, int limit);
}
