package dev.salescycle.host.store;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns rows of orders joined with their lines, sorted by order, into orders: each order is handed
 * on when the first row of the next one arrives, so only one order is held at a time. Lines are put
 * in order here, so the query need not sort them.
 */
final class OrderRows implements Sql.RowAction {

    static final String SELECT = "SELECT o.id, o.stream_seq, o.source, o.order_id, o.customer_email, o.customer_name, o.currency, o.total,"
            + " o.placed_at, l.line_no, l.sku, l.name AS line_name, l.quantity, l.unit_price FROM orders o"
            + " JOIN order_lines l ON l.shop_id = o.shop_id AND l.order_id = o.order_id WHERE o.shop_id = ?";
    /** For a few orders: the database picks the most selective index and sorts. */
    static final String OLDEST_FIRST = " ORDER BY o.placed_at, o.id";
    /**
     * For all of a shop's orders. Naming shop_id, fixed by the WHERE clause, lets H2 read in the order of
     * the (shop_id, placed_at, id) index instead of sorting everything before the first row.
     */
    static final String ALL_OLDEST_FIRST = " ORDER BY o.shop_id, o.placed_at, o.id";

    private record Header(long id, long position, boolean imported, String orderId, String email, String name,
                          Currency currency, Money total, Instant placedAt) {
    }

    private record Line(int lineNo, CartLine line) {
    }

    private final Consumer<StreamedOrder> sink;
    private final List<Line> lines = new ArrayList<>();
    private Header header;

    private OrderRows(Consumer<StreamedOrder> sink) {
        this.sink = sink;
    }

    /** Hands on each order. */
    static OrderRows orders(Consumer<Order> sink) {
        return new OrderRows(streamed -> sink.accept(streamed.order()));
    }

    /** Hands on each order with its stream position. */
    static OrderRows streamed(Consumer<StreamedOrder> sink) {
        return new OrderRows(sink);
    }

    @Override
    public void accept(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        if (header == null || header.id() != id) {
            finish();
            header = header(id, rs);
        }
        lines.add(new Line(rs.getInt("line_no"), new CartLine(rs.getString("sku"), rs.getString("line_name"),
                rs.getInt("quantity"), new Money(rs.getBigDecimal("unit_price"), header.currency()))));
    }

    /** Hands on the last order; call once after the last row. */
    void finish() {
        if (header != null) {
            lines.sort(Comparator.comparingInt(Line::lineNo));
            Order order = new Order(header.orderId(), header.email(), header.name(), header.currency(),
                    lines.stream().map(Line::line).toList(), header.total(), header.placedAt());
            StreamedOrder streamed = new StreamedOrder(header.position(), header.imported(), order);
            header = null;
            lines.clear();
            sink.accept(streamed);
        }
    }

    private static Header header(long id, ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Header(id, rs.getLong("stream_seq"), OrderDao.IMPORT.equals(rs.getString("source")), rs.getString("order_id"), rs.getString("customer_email"),
                rs.getString("customer_name"), currency, new Money(rs.getBigDecimal("total"), currency),
                Sql.instant(rs, "placed_at"));
    }
}
