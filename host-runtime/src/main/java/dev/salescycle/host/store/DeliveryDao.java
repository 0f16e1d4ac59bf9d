package dev.salescycle.host.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims and settles scheduled messages. A claim is a committed mark (claimer, expiry) on rows picked with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent claimers never take the same row. Settling locks the row
 * again and checks the claim still stands, so a message whose claim expired and was taken over is settled
 * by one claimer only.
 */
final class DeliveryDao {

    private static final String DUE = "SELECT id, shop_id, order_id, plugin_id, msg_key, template, due_at, marketing,"
            + " data, attempts FROM scheduled_messages WHERE shop_id = ANY(?)"
            + " AND ((status = 'scheduled' AND next_attempt_at <= ?) OR (status = 'claimed' AND claim_expires_at <= ?))"
            + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String MARK_CLAIMED = "UPDATE scheduled_messages SET status = 'claimed', claimed_by = ?,"
            + " claim_expires_at = ?, updated_at = ? WHERE id = ?";
    private static final String EMAIL = "SELECT customer_email FROM orders WHERE shop_id = ? AND order_id = ?";
    private static final String LOCK = "SELECT status, claimed_by FROM scheduled_messages WHERE id = ? FOR UPDATE";
    private static final String SETTLE = "UPDATE scheduled_messages SET status = ?, attempts = attempts + ?,"
            + " next_attempt_at = COALESCE(?, next_attempt_at), claimed_by = ?, claim_expires_at = NULL,"
            + " last_error = ?, sent_at = ?, updated_at = ? WHERE id = ?";
    private static final String ATTEMPT = "INSERT INTO delivery_attempts (message_id, shop_id, attempt_no,"
            + " attempted_at, outcome, error, host_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String RELEASE = "UPDATE scheduled_messages SET status = 'scheduled', claimed_by = NULL,"
            + " claim_expires_at = NULL, updated_at = ? WHERE status = 'claimed' AND claimed_by LIKE ? ESCAPE '\\'";

    /** Marks up to {@code limit} due messages as claimed until {@code expiresAt}; the caller commits. */
    List<ClaimedMessage> claim(Connection c, String token, List<String> shopIds, Instant now, int limit,
                               Instant expiresAt) throws SQLException {
        Array shops = c.createArrayOf("varchar", shopIds.toArray());
        List<ClaimedMessage> picked;
        try {
            picked = Sql.list(c, DUE, rs -> row(rs, token), shops, now, now, limit);
        } finally {
            shops.free();
        }
        Sql.batch(c, MARK_CLAIMED, picked.stream().map(m -> new Object[] {token, expiresAt, now, m.id()}).toList());
        List<ClaimedMessage> out = new ArrayList<>(picked.size());
        for (ClaimedMessage m : picked) {
            String email = Sql.first(c, EMAIL, rs -> rs.getString(1), m.shopId(), m.orderId()).orElse(null);
            out.add(new ClaimedMessage(m.id(), m.shopId(), m.orderId(), m.pluginId(), m.key(), m.template(),
                    m.dueAt(), m.marketing(), m.data(), m.attempts(), email, token));
        }
        return out;
    }

    /** Locks the row; true if it is still claimed under this token. */
    boolean lockClaim(Connection c, ClaimedMessage m) throws SQLException {
        Optional<Boolean> mine = Sql.first(c, LOCK, rs -> "claimed".equals(rs.getString("status"))
                && m.claimToken().equals(rs.getString("claimed_by")), m.id());
        return mine.orElse(false);
    }

    /** Stores the outcome of a delivery whose claim is locked by this transaction. */
    void settle(Connection c, ClaimedMessage m, DeliveryOutcome outcome) throws SQLException {
        boolean attempt = outcome.isAttempt();
        boolean retry = outcome.status() == MessageStatus.SCHEDULED;
        Sql.update(c, SETTLE, outcome.status().dbValue(), attempt ? 1 : 0, outcome.nextAttemptAt(),
                retry ? null : m.claimToken(), outcome.reason(),
                outcome.status() == MessageStatus.SENT ? outcome.at() : null, outcome.at(), m.id());
        if (attempt) {
            Sql.update(c, ATTEMPT, m.id(), m.shopId(), m.attempts() + 1, outcome.at(), outcome.attemptOutcome(),
                    outcome.reason(), m.claimToken());
        }
    }

    int release(Connection c, String tokenPrefix, Instant at) throws SQLException {
        String escaped = tokenPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Sql.update(c, RELEASE, at, escaped + "%");
    }

    private static ClaimedMessage row(ResultSet rs, String token) throws SQLException {
        return new ClaimedMessage(rs.getLong("id"), rs.getString("shop_id"), rs.getString("order_id"),
                rs.getString("plugin_id"), rs.getString("msg_key"), rs.getString("template"),
                Sql.instant(rs, "due_at"), rs.getBoolean("marketing"), JsonColumns.readMap(rs.getString("data")),
                rs.getInt("attempts"), null, token);
    }
}
