package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** The unsubscribes table; an unsubscribe also withdraws the customer's marketing consent. */
final class UnsubscribeDao {

    private static final String INSERT = "INSERT INTO unsubscribes (shop_id, email, unsubscribed_at, source)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String WITHDRAW = "UPDATE customers SET marketing_consent = FALSE, consent_at = ?,"
            + " consent_source = ?, updated_at = ? WHERE shop_id = ? AND email = ?";
    private static final String EXISTS = "SELECT 1 FROM unsubscribes WHERE shop_id = ? AND email = ?";

    /** Returns whether this call recorded it (false: it was recorded before, and is kept as it was). */
    boolean unsubscribe(Connection c, String shopId, String email, Instant at, String source) throws SQLException {
        boolean recorded = Sql.update(c, INSERT, shopId, email, at, source) == 1;
        if (recorded) {
            Sql.update(c, WITHDRAW, at, source == null ? "unsubscribe" : "unsubscribe:" + source, at, shopId, email);
        }
        return recorded;
    }

    boolean isUnsubscribed(Connection c, String shopId, String email) throws SQLException {
        return Sql.first(c, EXISTS, rs -> true, shopId, email).isPresent();
    }
}
