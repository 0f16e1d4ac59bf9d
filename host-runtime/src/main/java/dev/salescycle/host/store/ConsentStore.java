package dev.salescycle.host.store;

import java.time.Instant;

/**
 * The store's part for one concern: marketing consent: confirmations of double opt-in and unsubscribes. See {@link
 * Store} for what holds for every method: thread-safe, keyed by shop, committed before it returns.
 */
public interface ConsentStore {

    /**
     * Records the marketing consent the address confirmed (through the link mailed after a lead asked for it), on
     * the shop's lead and customer. Returns false if the shop has no lead of that address.
     */
    boolean confirmConsent(String shopId, String email, Instant at);

    /**
     * Records that the address wants no more marketing, and withdraws the customer's marketing consent.
     * Returns false if it was recorded before; the first record is kept.
     */
    boolean unsubscribe(String shopId, String email, Instant at, String source);

    /** Whether the address unsubscribed from the shop's marketing. */
    boolean isUnsubscribed(String shopId, String email);

    /** Whether the shop's customer of that address has marketing consent on record (false for no such customer). */
    boolean hasMarketingConsent(String shopId, String email);
}
