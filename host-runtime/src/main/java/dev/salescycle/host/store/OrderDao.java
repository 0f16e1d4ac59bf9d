package dev.salescycle.host.store;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Order;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes orders and their lines. */
final class OrderDao {

    static final String LIVE = "live";
    static final String IMPORT = "import";

    private static final String INSERT_ORDER = "INSERT INTO orders (shop_id, order_id, customer_email, customer_name,"
            + " currency, total, placed_at, source, thank_you_json, created_at, visitor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO order_lines (shop_id, order_id, line_no, sku, name,"
            + " quantity, unit_price) VALUES (?, ?, ?, ?, ?, ?, ?)";
    // A join on UNNEST, not "= ANY(?)": H2 uses the unique index only for the join.
    private static final String EXISTING = "SELECT o.order_id FROM UNNEST(?) AS wanted (order_id)"
            + " JOIN orders o ON o.shop_id = ? AND o.order_id = wanted.order_id";

    /**
     * Inserts one order, without a stream position (a follower gives it one, see {@link StreamDao}); fails with a
     * unique violation if the shop has its order id.
     */
    void insert(Connection c, String shopId, Order order, String visitorId, String thankYouJson, Instant at)
            throws SQLException {
        Sql.update(c, INSERT_ORDER, orderRow(shopId, order, LIVE, visitorId, thankYouJson, at));
        Sql.batch(c, INSERT_LINE, lineRows(shopId, order));
    }

    /** Inserts imported orders as two JDBC batches, orders then lines. */
    void insertImported(Connection c, String shopId, List<Order> orders, Instant at) throws SQLException {
        List<Object[]> orderRows = new ArrayList<>(orders.size());
        List<Object[]> lineRows = new ArrayList<>(orders.size() * 3);
        for (Order order : orders) {
            orderRows.add(orderRow(shopId, order, IMPORT, null, null, at));
            lineRows.addAll(lineRows(shopId, order));
        }
        Sql.batch(c, INSERT_ORDER, orderRows);
        Sql.batch(c, INSERT_LINE, lineRows);
    }

    /** Which of these order ids the shop has. */
    Set<String> existing(Connection c, String shopId, Collection<String> orderIds) throws SQLException {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        var ids = c.createArrayOf("varchar", orderIds.toArray());
        try {
            return new HashSet<>(Sql.list(c, EXISTING, rs -> rs.getString(1), ids, shopId));
        } finally {
            ids.free();
        }
    }

    private static Object[] orderRow(String shopId, Order order, String source, String visitorId, String thankYouJson,
                                     Instant at) {
        return new Object[] {shopId, order.orderId(), Check.emailOrNull(order.customerEmail()), order.customerName(),
                order.currency().getCurrencyCode(), order.total().amount(), order.placedAt(), source, thankYouJson, at,
                visitorId};
    }

    private static List<Object[]> lineRows(String shopId, Order order) {
        List<Object[]> rows = new ArrayList<>(order.lines().size());
        int lineNo = 1;
        for (CartLine line : order.lines()) {
            rows.add(new Object[] {shopId, order.orderId(), lineNo++, line.sku(), line.name(), line.quantity(),
                    line.unitPrice().amount()});
        }
        return rows;
    }
}
