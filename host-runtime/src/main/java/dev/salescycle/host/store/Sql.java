package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Statement execution without the try-with-resources boilerplate. Instants bind as UTC timestamps. */
final class Sql {

    /** Maps the current row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Consumes the current row. */
    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /** Runs an insert and returns the generated {@code id}. */
    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id returned");
                }
                return keys.getLong(1);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        forEach(c, sql, 0, rs -> out.add(row.map(rs)), args);
        return out;
    }

    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.map(rs)) : Optional.empty();
            }
        }
    }

    /** Walks the rows; with a fetch size above 0 (and auto-commit off on PostgreSQL) they come in chunks. */
    static void forEach(Connection c, String sql, int fetchSize, RowAction action, Object... args)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.setFetchSize(fetchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
        }
    }

    /** Runs one statement for each argument row as a JDBC batch. */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] args : rows) {
                bind(ps, args);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Instant at ? timestamp(at) : args[i];
            ps.setObject(i + 1, arg);
        }
    }
}
