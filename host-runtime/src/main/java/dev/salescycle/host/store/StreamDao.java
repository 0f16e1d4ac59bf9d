package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop's order stream: positions for stored orders, the orders after a position, and the positions hosts
 * learned.
 *
 * <p>Orders are stored without a position; a follower then gives every committed order that has none the next
 * positions, in one transaction that also raises the shop's counter row. Not a database sequence at insert time:
 * numbers handed out at insert are not in commit order, so a reader polling {@code position > last} could pass over
 * an order whose transaction commits after a later number's. Only committed orders get positions here, and the
 * counter row's lock makes positioning transactions commit one after the other, so every order up to the committed
 * counter value is visible to a reader that sees that value. Positioning in batches, rather than in each order's
 * own transaction, keeps order transactions from queueing on the counter row (each waiting for the previous one's
 * commit to be flushed).
 */
final class StreamDao {

    /** The channel a PostgreSQL transaction that added orders notifies, with the shop id as payload. */
    static final String CHANNEL = "salescycle_orders";

    private static final String HEAD = "SELECT last_seq FROM order_stream_heads WHERE shop_id = ?";
    private static final String UNPOSITIONED = "SELECT 1 FROM orders WHERE shop_id = ? AND stream_seq IS NULL";
    private static final String NUMBERED = "(SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM orders"
            + " WHERE shop_id = ? AND stream_seq IS NULL) t";
    private static final String POSITION_PG = "UPDATE orders o SET stream_seq = ? + t.n FROM " + NUMBERED + " WHERE o.id = t.id";
    private static final String POSITION_H2 = "MERGE INTO orders o USING " + NUMBERED
            + " ON o.id = t.id WHEN MATCHED THEN UPDATE SET stream_seq = ? + t.n";
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

    /** Whether the shop has committed orders without a position. */
    boolean unpositioned(Connection c, String shopId) throws SQLException {
        return Sql.first(c, UNPOSITIONED, rs -> true, shopId).isPresent();
    }

    /**
     * Gives the shop's committed orders without a position the next positions, oldest row first, and raises the
     * counter by as many; run in a transaction, which holds the counter's lock until it ends.
     */
    int position(Connection c, String shopId) throws SQLException {
        Sql.update(c, raise, shopId, 0);
        long base = head(c, shopId);
        int count = dialect == Dialect.POSTGRESQL ? Sql.update(c, POSITION_PG, base, shopId)
                : Sql.update(c, POSITION_H2, shopId, base);
        Sql.update(c, raise, shopId, count);
        if (count > 0) {
            announce(c, shopId);
        }
        return count;
    }

    /** The last position taken by a committed transaction (or by this one); 0 for a shop without orders. */
    long head(Connection c, String shopId) throws SQLException {
        return Sql.first(c, HEAD, rs -> rs.getLong(1), shopId).orElse(0L);
    }

    /**
     * Wakes the followers on other hosts when this transaction commits (PostgreSQL); nothing on H2. Sent when orders
     * get positions, not when they are stored: a notice per stored order woke every host to position the same
     * orders, all of them queueing on the counter row. The host that stored them wakes itself in-process, and
     * orders a host left unpositioned (it stopped first) are positioned by any host's once-a-second poll.
     */
    private void announce(Connection c, String shopId) throws SQLException {
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
