package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The order_credits and mail_touches tables, and the per-day sums the funnel answer is made of. */
final class AttributionDao {

    /** The UTC day of a timestamp as a day number, the same on H2 and PostgreSQL. */
    private static final String DAY = "CAST(FLOOR(EXTRACT(EPOCH FROM %s) / 86400) AS BIGINT)";
    private static final String INSERT_CREDIT = "INSERT INTO order_credits (shop_id, order_id, plugin_id, stage,"
            + " touch_kind, item, touched_at, currency, revenue, won_lines, placed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TOUCH = "INSERT INTO mail_touches (shop_id, message_id, plugin_id, touch_kind,"
            + " touched_at) VALUES (?, ?, ?, ?, ?)";
    private static final String MAIL_TOUCHES = "SELECT t.plugin_id, t.touch_kind, m.msg_key, t.touched_at"
            + " FROM orders o JOIN scheduled_messages m ON m.shop_id = o.shop_id AND m.order_id = o.order_id"
            + " JOIN mail_touches t ON t.message_id = m.id"
            + " WHERE o.shop_id = ? AND o.customer_email = ? AND t.touched_at >= ? AND t.touched_at <= ?";
    private static final String SHOWN_TYPES = "('offer_shown', 'recommendation_shown', 'thank_you_block_shown',"
            + " 'message_sent', 'message_opened', 'message_clicked', 'ref_malformed', 'ref_forged', 'ref_other_shop',"
            + " 'ref_expired', 'ref_misplaced')";
    private static final String SHOWN = "SELECT d, event_type, plugin_id, SUM(n) FROM ("
            + "SELECT " + DAY.formatted("occurred_at") + " AS d, event_type, plugin_id, 1 AS n FROM funnel_events"
            + " WHERE shop_id = ? AND event_type IN " + SHOWN_TYPES + " AND occurred_at >= ? AND occurred_at < ?"
            + " UNION ALL SELECT " + DAY.formatted("period_end") + " AS d, event_type, plugin_id, event_count AS n"
            + " FROM funnel_counts WHERE shop_id = ? AND event_type IN " + SHOWN_TYPES
            + " AND period_end >= ? AND period_end < ?) t GROUP BY d, event_type, plugin_id";
    private static final String ADDED = "SELECT d, plugin_id, COUNT(DISTINCT ref) FROM (SELECT "
            + DAY.formatted("occurred_at") + " AS d, plugin_id, ref FROM funnel_events WHERE shop_id = ?"
            + " AND event_type = 'recommendation_added' AND occurred_at >= ? AND occurred_at < ?) t GROUP BY d, plugin_id";
    private static final String CREDITS = "SELECT d, stage, plugin_id, touch_kind, currency, SUM(revenue),"
            + " COUNT(DISTINCT CASE WHEN won_lines > 0 THEN order_id END), COUNT(*) FROM (SELECT "
            + DAY.formatted("placed_at") + " AS d, stage, plugin_id, touch_kind, currency, revenue, won_lines, order_id"
            + " FROM order_credits WHERE shop_id = ? AND placed_at >= ? AND placed_at < ?) t"
            + " GROUP BY d, stage, plugin_id, touch_kind, currency";
    private static final String STAGE_ORDERS = "SELECT d, stage, COUNT(DISTINCT order_id) FROM (SELECT "
            + DAY.formatted("placed_at") + " AS d, stage, order_id FROM order_credits WHERE shop_id = ?"
            + " AND placed_at >= ? AND placed_at < ? AND won_lines > 0) t GROUP BY d, stage";
    private static final String ANY_STAGE_ORDERS = "SELECT d, COUNT(DISTINCT order_id) FROM (SELECT "
            + DAY.formatted("placed_at") + " AS d, order_id FROM order_credits WHERE shop_id = ?"
            + " AND placed_at >= ? AND placed_at < ? AND won_lines > 0) t GROUP BY d";
    private static final String ORDERS = "SELECT d, currency, COUNT(*), SUM(total) FROM (SELECT "
            + DAY.formatted("placed_at") + " AS d, currency, total FROM orders WHERE shop_id = ? AND source = 'live'"
            + " AND placed_at >= ? AND placed_at < ?) t GROUP BY d, currency";

    void insertCredits(Connection c, String shopId, String orderId, String currency, Instant placedAt,
                       List<OrderCredit> credits) throws SQLException {
        List<Object[]> rows = new ArrayList<>(credits.size());
        for (OrderCredit k : credits) {
            rows.add(new Object[] {shopId, orderId, k.pluginId(), k.stage(), k.kind(), k.item(), k.touchedAt(),
                currency, k.revenue(), k.lines(), placedAt});
        }
        Sql.batch(c, INSERT_CREDIT, rows);
    }

    void recordMailTouch(Connection c, String shopId, long messageId, String pluginId, boolean click, Instant at)
            throws SQLException {
        Sql.update(c, INSERT_TOUCH, shopId, messageId, pluginId, click ? "mail_click" : "mail_open", at);
    }

    List<MailTouch> mailTouches(Connection c, String shopId, String email, Instant from, Instant to)
            throws SQLException {
        return Sql.list(c, MAIL_TOUCHES, rs -> new MailTouch(rs.getString(1), "mail_click".equals(rs.getString(2)),
                rs.getString(3), Sql.instant(rs, "touched_at")), shopId, email, from, to);
    }

    AttributionRows rows(Connection c, String shopId, Instant from, Instant to) throws SQLException {
        List<AttributionRows.Shown> shown = Sql.list(c, SHOWN, rs -> new AttributionRows.Shown(day(rs.getLong(1)),
                FunnelEventType.fromDb(rs.getString(2)), rs.getString(3), rs.getLong(4)),
                shopId, from, to, shopId, from, to);
        shown = new ArrayList<>(shown);
        shown.addAll(Sql.list(c, ADDED, rs -> new AttributionRows.Shown(day(rs.getLong(1)),
                FunnelEventType.RECOMMENDATION_ADDED, rs.getString(2), rs.getLong(3)), shopId, from, to));
        List<AttributionRows.Credited> credits = Sql.list(c, CREDITS, rs -> new AttributionRows.Credited(
                day(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8)), shopId, from, to);
        List<AttributionRows.StageOrders> stages = new ArrayList<>(Sql.list(c, STAGE_ORDERS,
                rs -> new AttributionRows.StageOrders(day(rs.getLong(1)), rs.getString(2), rs.getLong(3)),
                shopId, from, to));
        stages.addAll(Sql.list(c, ANY_STAGE_ORDERS, rs -> new AttributionRows.StageOrders(day(rs.getLong(1)), null,
                rs.getLong(2)), shopId, from, to));
        List<AttributionRows.Orders> orders = Sql.list(c, ORDERS, rs -> new AttributionRows.Orders(day(rs.getLong(1)),
                rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)), shopId, from, to);
        return new AttributionRows(shown, credits, stages, orders);
    }

    private static LocalDate day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
