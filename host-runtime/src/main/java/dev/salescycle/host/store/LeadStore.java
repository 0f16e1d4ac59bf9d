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
}
