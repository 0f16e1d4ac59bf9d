package dev.salescycle.host.store;

import java.util.List;

/**
 * An insert-or-update of one row, written once for both databases. In {@code assignments} the
 * stored row is {@code cur} and the offered row is {@code excluded}, for example
 * {@code order_count = cur.order_count + excluded.order_count}.
 *
 * @param table the table
 * @param keys the unique key's columns
 * @param columns every column inserted, in parameter order
 * @param assignments the SET list applied when the key exists
 */
record Upsert(String table, List<String> keys, List<String> columns, String assignments) {

    Upsert {
        keys = List.copyOf(keys);
        columns = List.copyOf(columns);
        if (!columns.containsAll(keys)) {
            throw new IllegalArgumentException("the key columns must be inserted too");
        }
    }
}
