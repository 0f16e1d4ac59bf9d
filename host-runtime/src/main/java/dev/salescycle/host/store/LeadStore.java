package dev.salescycle.host.store;

import dev.salescycle.sdk.model.ScoredLead;
import java.time.Instant;

/**
 * The store's part for one concern: leads captured by the shops' forms. See {@link Store} for what holds for every
 * method: thread-safe, keyed by shop, committed before it returns.
 */
public interface LeadStore {

    /**
     * Stores a lead, replacing an earlier one with the same address (case-insensitive) but keeping its
     * id. A lead with marketing consent also records that consent, with its time and source, on the
     * customer (created without orders if new). Consent once given is not withdrawn by a later lead
     * without it.
     */
    LeadRecord saveLead(String shopId, ScoredLead lead, Instant at);

    /**
     * Marks the shop's lead of that address as waiting since then for the confirmation of its marketing consent
     * (unless it has consent, or waits already), so that it is deleted if it is never confirmed.
     *
     * @return whether it was marked
     */
    boolean consentRequested(String shopId, String email, Instant at);

    /** Deletes the leads, of every shop, still waiting for the confirmation asked for before then; returns how many. */
    int deleteUnconfirmedLeads(Instant requestedBefore);
}
