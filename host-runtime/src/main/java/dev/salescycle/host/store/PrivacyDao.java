package dev.salescycle.host.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads out, and erases, what a shop holds about one address. */
final class PrivacyDao {

    private static final String CUSTOMER = "SELECT * FROM customers WHERE shop_id = ? AND email = ?";
    private static final String LEADS = "SELECT * FROM leads WHERE shop_id = ? AND email = ? ORDER BY id";
    private static final String ORDERS = "SELECT * FROM orders WHERE shop_id = ? AND customer_email = ?"
            + " ORDER BY placed_at, id";
    private static final String LINES = "SELECT * FROM order_lines WHERE shop_id = ? AND order_id = ? ORDER BY line_no";
    private static final String MESSAGES = "SELECT * FROM scheduled_messages WHERE shop_id = ? AND order_id = ?"
            + " ORDER BY due_at, id";
    private static final String ATTEMPTS = "SELECT * FROM delivery_attempts WHERE message_id = ? ORDER BY attempt_no, id";
    private static final String UNSUBSCRIBES = "SELECT * FROM unsubscribes WHERE shop_id = ? AND email = ?";
    private static final String EVENTS = "SELECT * FROM funnel_events WHERE shop_id = ? AND event_type = ANY(?)"
            + " AND ref = ANY(?) ORDER BY occurred_at, id";

    Optional<CustomerExport> export(Connection c, String shopId, String email) throws SQLException {
        Map<String, Object> customer = Sql.first(c, CUSTOMER, Rows::of, shopId, email).orElse(null);
        List<Map<String, Object>> leads = Sql.list(c, LEADS, Rows::of, shopId, email);
        List<Map<String, Object>> orders = Sql.list(c, ORDERS, Rows::of, shopId, email);
        List<String> messageIds = new ArrayList<>();
        for (Map<String, Object> order : orders) {
            String orderId = (String) order.get("order_id");
            order.put("lines", Sql.list(c, LINES, Rows::of, shopId, orderId));
            List<Map<String, Object>> messages = Sql.list(c, MESSAGES, Rows::of, shopId, orderId);
            for (Map<String, Object> message : messages) {
                message.put("attempts", Sql.list(c, ATTEMPTS, Rows::of, message.get("id")));
                messageIds.add(String.valueOf(message.get("id")));
            }
            order.put("messages", messages);
        }
        List<Map<String, Object>> unsubscribes = Sql.list(c, UNSUBSCRIBES, Rows::of, shopId, email);
        if (customer == null && leads.isEmpty() && orders.isEmpty() && unsubscribes.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> events = new ArrayList<>();
        events.addAll(events(c, shopId, List.of(FunnelEventType.LEAD_CAPTURED), ids(leads, "id")));
        events.addAll(events(c, shopId, List.of(FunnelEventType.ORDER_PLACED, FunnelEventType.THANK_YOU_SHOWN),
                ids(orders, "order_id")));
        events.addAll(events(c, shopId, List.of(FunnelEventType.MESSAGE_SENT, FunnelEventType.MESSAGE_OPENED,
                FunnelEventType.MESSAGE_CLICKED), messageIds));
        return Optional.of(new CustomerExport(email, customer, leads, orders, unsubscribes, events));
    }

    private static List<String> ids(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> String.valueOf(r.get(column))).toList();
    }

    /** Funnel refs are ids of several kinds, so each kind is matched with the event types that carry it. */
    private static List<Map<String, Object>> events(Connection c, String shopId, List<FunnelEventType> types,
                                                    List<String> refs) throws SQLException {
        if (refs.isEmpty()) {
            return List.of();
        }
        Array typeArray = c.createArrayOf("varchar", types.stream().map(FunnelEventType::dbValue).toArray());
        Array refArray = c.createArrayOf("varchar", refs.toArray());
        try {
            return Sql.list(c, EVENTS, Rows::of, shopId, typeArray, refArray);
        } finally {
            typeArray.free();
            refArray.free();
        }
    }
}
