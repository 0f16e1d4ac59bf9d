package dev.salescycle.host.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Whole rows as maps of plain values, for exports: every column but the shop id, whatever the table holds. */
final class Rows {

    private static final Set<String> JSON_COLUMNS = Set.of("interests", "segments", "attributes", "data",
            "thank_you_json");

    private Rows() {
    }

    static Map<String, Object> of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (!name.equals("shop_id")) {
                row.put(name, value(rs, i, meta.getColumnType(i), name));
            }
        }
        return row;
    }

    private static Object value(ResultSet rs, int i, int type, String name) throws SQLException {
        switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
                return at == null ? null : at.toInstant().toString();
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal amount = rs.getBigDecimal(i);
                return amount == null ? null
                        : amount.setScale(Math.max(2, amount.stripTrailingZeros().scale())).toPlainString();
            }
            default -> {
                Object value = rs.getObject(i);
                return value instanceof String text && JSON_COLUMNS.contains(name) ? JsonColumns.readAny(text) : value;
            }
        }
    }
}
