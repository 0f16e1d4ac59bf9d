package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The order stream over plain JDBC; on PostgreSQL it listens for other hosts' orders once someone follows. */
final class JdbcOrderStream implements OrderStreamStore, AutoCloseable {

    private final Jdbc jdbc;
    private final Daos daos;
    private final StoreOptions options;
    private final Dialect dialect;
    private final Appends appends = new Appends();
    private NoticeListener listener;

    JdbcOrderStream(Jdbc jdbc, Daos daos, StoreOptions options, Dialect dialect) {
        this.jdbc = jdbc;
        this.daos = daos;
        this.options = options;
        this.dialect = dialect;
    }

    /** Tells the listeners this store added orders to the shop's stream. */
    void appended(String shopId) {
        appends.accept(shopId);
    }

    @Override
    public int positionNewOrders(String shopId) {
        String shop = Check.shopId(shopId);
        if (!jdbc.autoCommit("look for new orders", c -> daos.stream().unpositioned(c, shop))) {
            return 0;
        }
        return Retry.onConflict(() -> jdbc.transaction("position new orders", c -> daos.stream().position(c, shop)));
    }

    @Override
    public long streamHead(String shopId) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("read stream head", c -> daos.stream().head(c, shop));
    }

    @Override
    public List<StreamedOrder> streamRange(String shopId, long after, long upTo) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("read order stream", c -> daos.stream().range(c, shop, after, upTo));
    }

    @Override
    public long orderCount(String shopId, long upTo) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("count orders", c -> daos.orderQueries().count(c, shop, upTo));
    }

    @Override
    public void forEachOrder(String shopId, long upTo, Consumer<Order> action) {
        String shop = Check.shopId(shopId);
        Check.notNull("action", action);
        // A transaction because PostgreSQL only streams with a fetch size when auto-commit is off.
        jdbc.transaction("stream orders", c -> {
            daos.orderQueries().forEach(c, shop, upTo, action);
            return null;
        });
    }

    @Override
    public synchronized void onAppended(Consumer<String> sink) {
        appends.add(Check.notNull("listener", sink));
        if (listener == null && dialect == Dialect.POSTGRESQL && options != null) {
            listener = new NoticeListener(options, appends);
            listener.start();
        }
    }

    @Override
    public void recordLearned(String shopId, String hostId, long position, Instant at, Instant expired) {
        String shop = Check.shopId(shopId);
        Check.text("hostId", hostId, 100);
        jdbc.transaction("record learned position", c -> {
            daos.stream().learned(c, shop, hostId, position, at);
            daos.stream().expire(c, shop, expired);
            return null;
        });
    }

    @Override
    public List<LearnedPosition> learnedSince(String shopId, Instant since) {
        String shop = Check.shopId(shopId);
        return jdbc.autoCommit("read learned positions", c -> daos.stream().live(c, shop, Check.notNull("since", since)));
    }

    @Override
    public void forgetLearned(String hostId) {
        jdbc.autoCommit("forget learned positions", c -> {
            daos.stream().forget(c, hostId);
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
        }
    }
}
