package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The funnel_events table (one row per event) and funnel_counts (counted views); both summed by type. */
final class FunnelDao {

    private static final String INSERT = "INSERT INTO funnel_events (shop_id, event_type, ref, plugin_id, occurred_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_COUNT = "INSERT INTO funnel_counts"
            + " (shop_id, event_type, plugin_id, event_count, period_start, period_end) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String TALLY = "SELECT event_type, plugin_id, SUM(n) FROM ("
            + "SELECT event_type, plugin_id, 1 AS n FROM funnel_events"
            + " WHERE shop_id = ? AND occurred_at >= ? AND occurred_at < ?"
            + " UNION ALL SELECT event_type, plugin_id, event_count AS n FROM funnel_counts"
            + " WHERE shop_id = ? AND period_end >= ? AND period_end < ?) t GROUP BY event_type, plugin_id";

    void record(Connection c, String shopId, List<FunnelEvent> events) throws SQLException {
        Sql.batch(c, INSERT, events.stream()
                .map(e -> new Object[] {shopId, e.type().dbValue(), e.ref(), e.pluginId(), e.at()}).toList());
    }

    void recordCounts(Connection c, String shopId, List<FunnelCount> counts) throws SQLException {
        Sql.batch(c, INSERT_COUNT, counts.stream()
                .map(n -> new Object[] {shopId, n.type().dbValue(), n.pluginId(), n.count(), n.from(), n.to()})
                .toList());
    }

    Map<FunnelEventType, Long> counts(Connection c, String shopId, Instant from, Instant to) throws SQLException {
        Map<FunnelEventType, Long> counts = zeros();
        tally(c, shopId, from, to, (type, plugin, n) -> counts.merge(type, n, Long::sum));
        return counts;
    }

    Map<String, Map<FunnelEventType, Long>> countsByPlugin(Connection c, String shopId, Instant from, Instant to)
            throws SQLException {
        Map<String, Map<FunnelEventType, Long>> byPlugin = new TreeMap<>();
        tally(c, shopId, from, to, (type, plugin, n) -> {
            if (plugin != null) {
                byPlugin.computeIfAbsent(plugin, p -> new EnumMap<>(FunnelEventType.class)).merge(type, n, Long::sum);
            }
        });
        return byPlugin;
    }

    private interface Tally {
        void add(FunnelEventType type, String pluginId, long count);
    }

    private static void tally(Connection c, String shopId, Instant from, Instant to, Tally tally) throws SQLException {
        Sql.forEach(c, TALLY, 0, rs -> tally.add(FunnelEventType.fromDb(rs.getString(1)), rs.getString(2),
                rs.getLong(3)), shopId, from, to, shopId, from, to);
    }

    private static Map<FunnelEventType, Long> zeros() {
        Map<FunnelEventType, Long> counts = new EnumMap<>(FunnelEventType.class);
        for (FunnelEventType type : FunnelEventType.values()) {
            counts.put(type, 0L);
        }
        return counts;
    }
}
