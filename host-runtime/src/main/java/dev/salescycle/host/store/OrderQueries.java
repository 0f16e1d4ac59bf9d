package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads orders back. */
final class OrderQueries {

    /** Rows fetched per round trip while streaming. */
    static final int FETCH_SIZE = 500;

    private static final String COUNT = "SELECT COUNT(*) FROM orders WHERE shop_id = ?";
    private static final String COUNT_UP_TO = COUNT + " AND stream_seq <= ?";
    private static final String UP_TO = " AND o.stream_seq <= ?";
    private static final String EXISTS = "SELECT 1 FROM orders WHERE shop_id = ? AND order_id = ?";
    private static final String THANK_YOU = "SELECT thank_you_json FROM orders WHERE shop_id = ? AND order_id = ?";
    private static final String CUSTOMER_EMAIL = "SELECT customer_email FROM orders WHERE shop_id = ? AND order_id = ?";

    private final Dialect dialect;

    OrderQueries(Dialect dialect) {
        this.dialect = dialect;
    }

    List<Order> ofCustomer(Connection c, String shopId, String email) throws SQLException {
        List<Order> orders = new ArrayList<>();
        OrderRows rows = OrderRows.orders(orders::add);
        Sql.forEach(c, OrderRows.SELECT + " AND o.customer_email = ?" + OrderRows.OLDEST_FIRST, 0, rows, shopId, email);
        rows.finish();
        return orders;
    }

    /** Streams in chunks of {@link #FETCH_SIZE} rows; on PostgreSQL only inside a transaction. */
    void forEach(Connection c, String shopId, Consumer<Order> action) throws SQLException {
        forEach(c, action, OrderRows.SELECT + OrderRows.ALL_OLDEST_FIRST, shopId);
    }

    /** As {@link #forEach(Connection, String, Consumer)}, for the orders up to a stream position. */
    void forEach(Connection c, String shopId, long upTo, Consumer<Order> action) throws SQLException {
        forEach(c, action, OrderRows.SELECT + UP_TO + OrderRows.ALL_OLDEST_FIRST, shopId, upTo);
    }

    private void forEach(Connection c, Consumer<Order> action, String sql, Object... args) throws SQLException {
        OrderRows rows = OrderRows.orders(action);
        dialect.lazyResults(c, true);
        try {
            Sql.forEach(c, sql, FETCH_SIZE, rows, args);
            rows.finish();
        } finally {
            dialect.lazyResults(c, false);
        }
    }

    long count(Connection c, String shopId) throws SQLException {
        return Sql.first(c, COUNT, rs -> rs.getLong(1), shopId).orElse(0L);
    }

    long count(Connection c, String shopId, long upTo) throws SQLException {
        return Sql.first(c, COUNT_UP_TO, rs -> rs.getLong(1), shopId, upTo).orElse(0L);
    }

    boolean exists(Connection c, String shopId, String orderId) throws SQLException {
        return Sql.first(c, EXISTS, rs -> true, shopId, orderId).isPresent();
    }

    Optional<String> thankYouJson(Connection c, String shopId, String orderId) throws SQLException {
        return Sql.first(c, THANK_YOU, rs -> rs.getString(1), shopId, orderId);
    }

    Optional<String> customerEmail(Connection c, String shopId, String orderId) throws SQLException {
        return Sql.first(c, CUSTOMER_EMAIL, rs -> rs.getString(1), shopId, orderId).filter(e -> e != null && e.contains("@"));
    }
}
