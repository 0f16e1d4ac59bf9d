package dev.salescycle.host.store;

import dev.salescycle.sdk.model.ScheduledMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The scheduled_messages table. */
final class MessageDao {

    private static final String INSERT = "INSERT INTO scheduled_messages (shop_id, order_id, plugin_id, msg_key,"
            + " template, due_at, next_attempt_at, marketing, data, status, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COUNTS = "SELECT status, COUNT(*) FROM scheduled_messages WHERE shop_id = ?"
            + " GROUP BY status";
    private static final String COLUMNS = "SELECT id, order_id, plugin_id, msg_key, template, due_at, marketing, status,"
            + " data, attempts, last_error, sent_at FROM scheduled_messages";
    private static final String OF_ORDER = COLUMNS + " WHERE shop_id = ? AND order_id = ? ORDER BY due_at, id";
    private static final String WITH_STATUS = COLUMNS + " WHERE shop_id = ? AND status = ? ORDER BY due_at, id LIMIT ?";

    Map<MessageStatus, Long> counts(Connection c, String shopId) throws SQLException {
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            counts.put(status, 0L);
        }
        Sql.forEach(c, COUNTS, 0, rs -> counts.put(MessageStatus.fromDb(rs.getString(1)), rs.getLong(2)), shopId);
        return counts;
    }

    void schedule(Connection c, String shopId, String orderId, List<NewMessage> messages, Instant at)
            throws SQLException {
        Sql.batch(c, INSERT, messages.stream().map(m -> {
            ScheduledMessage s = m.message();
            return new Object[] {shopId, orderId, m.pluginId(), s.key(), s.template(), s.dueAt(), s.dueAt(),
                    s.marketing(), JsonColumns.map(s.data()), MessageStatus.SCHEDULED.dbValue(), at, at};
        }).toList());
    }

    List<MessageRecord> ofOrder(Connection c, String shopId, String orderId) throws SQLException {
        return Sql.list(c, OF_ORDER, MessageDao::record, shopId, orderId);
    }

    List<MessageRecord> withStatus(Connection c, String shopId, MessageStatus status, int limit) throws SQLException {
        return Sql.list(c, WITH_STATUS, MessageDao::record, shopId, status.dbValue(), limit);
    }

    private static MessageRecord record(ResultSet rs) throws SQLException {
        return new MessageRecord(rs.getLong("id"), rs.getString("order_id"), rs.getString("plugin_id"), rs.getString("msg_key"),
                rs.getString("template"), Sql.instant(rs, "due_at"), rs.getBoolean("marketing"),
                MessageStatus.fromDb(rs.getString("status")), JsonColumns.readMap(rs.getString("data")),
                rs.getInt("attempts"), rs.getString("last_error"), Sql.instant(rs, "sent_at"));
    }
}
