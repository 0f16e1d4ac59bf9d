package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's order stream: positions for new orders, the orders after a position, and the positions hosts learned.
 *
 * <p>Positions come from a counter row per shop raised inside the order's transaction, not from a database
 * sequence: a sequence hands out numbers at insert time, so a reader polling {@code position > last} could pass
 * over an order whose transaction commits after a later number's. The counter row stays locked until its
 * transaction ends, so the shop's order transactions commit in the order of their positions, and every order up
 * to the committed counter value is visible to a reader that sees that value.
 */
final class StreamDao {

    /** The channel a PostgreSQL transaction that added orders notifies, with the shop id as payload. */
    static final String CHANNEL = "salescycle_orders";

    private static final String HEAD = "SELECT last_seq FROM order_stream_heads WHERE shop_id = ?";
    private static final String STAMP = "UPDATE orders SET stream_seq = ? WHERE shop_id = ? AND order_id = ?";
    /** PostgreSQL raises the counter and stamps the order in one statement: the counter is locked for less time. */
    private static final String RAISE_AND_STAMP = "WITH head AS (INSERT INTO order_stream_heads AS cur (shop_id, last_seq)"
            + " VALUES (?, 1) ON CONFLICT (shop_id) DO UPDATE SET last_seq = cur.last_seq + 1 RETURNING last_seq)"
            + " UPDATE orders SET stream_seq = head.last_seq FROM head WHERE orders.shop_id = ? AND orders.order_id = ?";
    private static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', ?)";
    private static final String RANGE = " AND o.stream_seq > ? AND o.stream_seq <= ? ORDER BY o.stream_seq";
    private static final String LIVE = "SELECT host_id, position, seen_at FROM stream_positions"
            + " WHERE shop_id = ? AND seen_at >= ? ORDER BY host_id";
    private static final String FORGET = "DELETE FROM stream_positions WHERE host_id = ?";
    private static final String EXPIRE = "DELETE FROM stream_positions WHERE shop_id = ? AND seen_at < ?";

    private final Dialect dialect;
    private final String raise;
    private final String learned;

    StreamDao(Dialect dialect) {
        this.dialect = dialect;
        this.raise = dialect.upsert(new Upsert("order_stream_heads", List.of("shop_id"), List.of("shop_id", "last_seq"),
                "last_seq = cur.last_seq + excluded.last_seq"));
        this.learned = dialect.upsert(new Upsert("stream_positions", List.of("shop_id", "host_id"),
                List.of("shop_id", "host_id", "position", "seen_at"), "position = excluded.position, seen_at = excluded.seen_at"));
    }

    /** Takes the next {@code count} positions of the shop and returns the first; locks the shop's head until commit. */
    long take(Connection c, String shopId, int count) throws SQLException {
        Sql.update(c, raise, shopId, count);
        return head(c, shopId) - count + 1;
    }

    /**
     * Gives the order, inserted in this transaction, the shop's next position; the transaction's last statement,
     * since it locks the shop's counter until commit.
     */
    void stamp(Connection c, String shopId, String orderId) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            Sql.update(c, RAISE_AND_STAMP, shopId, shopId, orderId);
        } else {
            Sql.update(c, STAMP, take(c, shopId, 1), shopId, orderId);
        }
    }

    /** The last position taken by a committed transaction (or by this one); 0 for a shop without orders. */
    long head(Connection c, String shopId) throws SQLException {
        return Sql.first(c, HEAD, rs -> rs.getLong(1), shopId).orElse(0L);
    }

    /** Wakes the followers on other hosts when this transaction commits (PostgreSQL); nothing on H2. */
    void announce(Connection c, String shopId) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            Sql.first(c, NOTIFY, rs -> null, shopId);
        }
    }

    /** The orders with positions in {@code (after, upTo]}, by position. */
    List<StreamedOrder> range(Connection c, String shopId, long after, long upTo) throws SQLException {
        List<StreamedOrder> out = new ArrayList<>();
        OrderRows rows = OrderRows.streamed(out::add);
        Sql.forEach(c, OrderRows.SELECT + RANGE, 0, rows, shopId, after, upTo);
        rows.finish();
        return out;
    }

    void learned(Connection c, String shopId, String hostId, long position, Instant at) throws SQLException {
        Sql.update(c, learned, shopId, hostId, position, at);
    }

    List<LearnedPosition> live(Connection c, String shopId, Instant since) throws SQLException {
        return Sql.list(c, LIVE, rs -> new LearnedPosition(rs.getString(1), rs.getLong(2), Sql.instant(rs, "seen_at")),
                shopId, since);
    }

    void forget(Connection c, String hostId) throws SQLException {
        Sql.update(c, FORGET, hostId);
    }

    void expire(Connection c, String shopId, Instant before) throws SQLException {
        Sql.update(c, EXPIRE, shopId, before);
    }
}
