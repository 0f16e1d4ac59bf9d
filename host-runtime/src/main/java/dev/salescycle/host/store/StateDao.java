package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The plugin_state table: one value per shop, plugin and key. */
final class StateDao {

    private static final String GET = "SELECT state_value FROM plugin_state"
            + " WHERE shop_id = ? AND plugin_id = ? AND state_key = ?";
    private static final String INSERT_NEW = "INSERT INTO plugin_state (shop_id, plugin_id, state_key, state_value,"
            + " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String REMOVE = "DELETE FROM plugin_state WHERE shop_id = ? AND plugin_id = ? AND state_key = ?";

    private final String put;

    StateDao(Dialect dialect) {
        this.put = dialect.upsert(new Upsert("plugin_state", List.of("shop_id", "plugin_id", "state_key"),
                List.of("shop_id", "plugin_id", "state_key", "state_value", "updated_at"),
                "state_value = excluded.state_value, updated_at = excluded.updated_at"));
    }

    Optional<String> get(Connection c, String shopId, String pluginId, String key) throws SQLException {
        return Sql.first(c, GET, rs -> rs.getString(1), shopId, pluginId, key);
    }

    void put(Connection c, String shopId, String pluginId, String key, String value, Instant at) throws SQLException {
        Sql.update(c, put, shopId, pluginId, key, value, at);
    }

    /** Stores the value unless one is stored; the row lock makes concurrent callers agree on the first. */
    void putIfAbsent(Connection c, String shopId, String pluginId, String key, String value, Instant at)
            throws SQLException {
        Sql.update(c, INSERT_NEW, shopId, pluginId, key, value, at);
    }

    void remove(Connection c, String shopId, String pluginId, String key) throws SQLException {
        Sql.update(c, REMOVE, shopId, pluginId, key);
    }
}
