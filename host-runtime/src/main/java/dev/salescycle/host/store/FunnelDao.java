package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The funnel_events table: one row per event, counted by type. */
final class FunnelDao {

    private static final String INSERT = "INSERT INTO funnel_events (shop_id, event_type, ref, plugin_id, occurred_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String COUNTS = "SELECT event_type, COUNT(*) FROM funnel_events"
            + " WHERE shop_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY event_type";

    void record(Connection c, String shopId, List<FunnelEvent> events) throws SQLException {
        Sql.batch(c, INSERT, events.stream()
                .map(e -> new Object[] {shopId, e.type().dbValue(), e.ref(), e.pluginId(), e.at()}).toList());
    }

    Map<FunnelEventType, Long> counts(Connection c, String shopId, Instant from, Instant to) throws SQLException {
        Map<FunnelEventType, Long> counts = new EnumMap<>(FunnelEventType.class);
        for (FunnelEventType type : FunnelEventType.values()) {
            counts.put(type, 0L);
        }
        Sql.forEach(c, COUNTS, 0, rs -> counts.put(FunnelEventType.fromDb(rs.getString(1)), rs.getLong(2)),
                shopId, from, to);
        return counts;
    }
}
