package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Order;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Imports a batch of past orders in one transaction, skipping order ids the shop has. */
final class OrderImporter {

    private final Jdbc jdbc;
    private final Daos daos;
    private final Clock clock;

    OrderImporter(Jdbc jdbc, Daos daos, Clock clock) {
        this.jdbc = jdbc;
        this.daos = daos;
        this.clock = clock;
    }

    ImportResult importOrders(String shopId, List<Order> batch) {
        Map<String, Order> distinct = new LinkedHashMap<>();
        for (Order order : batch) {
            distinct.putIfAbsent(OrderChecks.valid(order).orderId(), order);
        }
        if (distinct.isEmpty()) {
            return new ImportResult(0, 0);
        }
        // A concurrent import or placement of the same order id makes the batch conflict: re-read, retry.
        int imported = Retry.onConflict(() -> jdbc.transaction("import orders", c -> insertNew(c, shopId, distinct)));
        return new ImportResult(imported, batch.size() - imported);
    }

    private int insertNew(Connection c, String shopId, Map<String, Order> distinct) throws SQLException {
        Set<String> existing = daos.orders().existing(c, shopId, distinct.keySet());
        List<Order> fresh = distinct.values().stream().filter(o -> !existing.contains(o.orderId())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        daos.customers().record(c, shopId, CustomerChange.ofOrders(fresh, clock.instant()));
        daos.orders().insertImported(c, shopId, fresh, clock.instant());
        return fresh.size();
    }
}
