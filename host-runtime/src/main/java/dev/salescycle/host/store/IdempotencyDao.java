package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The idempotency_keys table: the first answer to a request, by key and by order id. */
final class IdempotencyDao {

    private static final String INSERT = "INSERT INTO idempotency_keys (shop_id, idem_key, order_id, request_hash,"
            + " status_code, response_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT request_hash, status_code, response_json FROM idempotency_keys"
            + " WHERE shop_id = ? AND ";

    /** Fails with a unique violation if the key or the order id is taken, also by a concurrent transaction. */
    void insert(Connection c, String shopId, String key, String orderId, IdempotentResponse response, Instant at)
            throws SQLException {
        Sql.update(c, INSERT, shopId, key, orderId, response.requestHash(), response.status(), response.body(), at);
    }

    Optional<IdempotentResponse> byKey(Connection c, String shopId, String key) throws SQLException {
        return Sql.first(c, SELECT + "idem_key = ?", IdempotencyDao::response, shopId, key);
    }

    Optional<IdempotentResponse> byOrder(Connection c, String shopId, String orderId) throws SQLException {
        return Sql.first(c, SELECT + "order_id = ?", IdempotencyDao::response, shopId, orderId);
    }

    private static IdempotentResponse response(ResultSet rs) throws SQLException {
        return new IdempotentResponse(rs.getString("request_hash"), rs.getInt("status_code"),
                rs.getString("response_json"));
    }
}
