package dev.salescycle.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL at 127.0.0.1:5432 (user postgres, no password): a fresh database per test class. Tests
 * using it are skipped when it is not running, unless the environment has CI=true: then its absence fails.
 */
final class Postgres {

    static final int PORT = 5432;
    static final String USER = "postgres";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:" + PORT + "/";

    /** Reads one value from a result set. */
    @FunctionalInterface
    interface Value<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Postgres() {
    }

    /** Creates an empty database and returns its name; aborts the test (or fails it under CI) if unreachable. */
    static String createDatabase() throws SQLException {
        requireReachable();
        String name = "sc_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        return name;
    }

    static void dropDatabase(String name) throws SQLException {
        if (name != null) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    static String url(String database) {
        return SERVER + database;
    }

    /** The first column of the first row of a query. */
    static <T> T query(String database, String sql, Value<T> value) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database), USER, null);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row from " + sql);
            }
            return value.read(rs);
        }
    }

    private static void requireReachable() {
        try (Connection c = DriverManager.getConnection(SERVER + "test?connectTimeout=2", USER, null)) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PostgreSQL not reachable at 127.0.0.1:" + PORT + ", and CI=true requires it: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at 127.0.0.1:" + PORT + "; set CI=true to require it");
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "test", USER, null);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
