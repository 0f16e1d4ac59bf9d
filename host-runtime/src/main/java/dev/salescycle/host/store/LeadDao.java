package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.ScoredLead;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The leads table: one row per shop and address, replaced by later leads. */
final class LeadDao {

    private static final String LOCK = "SELECT id FROM leads WHERE shop_id = ? AND email = ? FOR UPDATE";
    private static final String INSERT = "INSERT INTO leads (shop_id, email, name, source, interests, score,"
            + " segments, attributes, visitor_id, marketing_consent, consent_at, consent_source, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE leads SET name = COALESCE(?, name), source = COALESCE(?, source),"
            + " interests = ?, score = ?, segments = ?, attributes = ?, visitor_id = COALESCE(?, visitor_id),"
            + " updated_at = ? WHERE id = ?";
    private static final String GRANT_CONSENT = "UPDATE leads SET marketing_consent = TRUE, consent_at = ?,"
            + " consent_source = ?, consent_requested_at = NULL WHERE id = ?";
    private static final String CONSENT_REQUESTED = "UPDATE leads SET consent_requested_at = ? WHERE shop_id = ?"
            + " AND email = ? AND marketing_consent = FALSE AND consent_requested_at IS NULL";
    private static final String DELETE_UNCONFIRMED = "DELETE FROM leads WHERE consent_requested_at < ?"
            + " AND marketing_consent = FALSE";

    /** Where consent given with a lead came from, for example {@code lead:newsletter}. */
    static String consentSource(Lead lead) {
        return lead.source() == null || lead.source().isBlank() ? "lead" : "lead:" + lead.source();
    }

    /** Inserts or replaces the lead; a new lead that races another insert fails with a conflict. */
    LeadRecord save(Connection c, String shopId, String email, ScoredLead scored, Instant at) throws SQLException {
        Lead lead = scored.lead();
        Optional<Long> existing = Sql.first(c, LOCK, rs -> rs.getLong(1), shopId, email);
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            Sql.update(c, UPDATE, lead.name(), lead.source(), JsonColumns.list(lead.interests()), scored.score(),
                    JsonColumns.list(scored.segments()), JsonColumns.map(scored.attributes()), lead.visitorId(), at, id);
            if (lead.marketingConsent()) {
                Sql.update(c, GRANT_CONSENT, at, consentSource(lead), id);
            }
        } else {
            boolean consent = lead.marketingConsent();
            id = Sql.insert(c, INSERT, shopId, email, lead.name(), lead.source(), JsonColumns.list(lead.interests()),
                    scored.score(), JsonColumns.list(scored.segments()), JsonColumns.map(scored.attributes()), lead.visitorId(),
                    consent, consent ? at : null, consent ? consentSource(lead) : null, at, at);
        }
        return new LeadRecord(id, existing.isPresent());
    }

    /** Marks the lead as waiting for the confirmation of its consent since then, unless it is marked or has consent. */
    boolean consentRequested(Connection c, String shopId, String email, Instant at) throws SQLException {
        return Sql.update(c, CONSENT_REQUESTED, at, shopId, email) > 0;
    }

    /** Deletes the leads whose consent was sent for confirmation before then and never confirmed. */
    int deleteUnconfirmed(Connection c, Instant requestedBefore) throws SQLException {
        return Sql.update(c, DELETE_UNCONFIRMED, requestedBefore);
    }
}
