package dev.salescycle.host.store;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Sorts database errors into unavailable, conflict and the rest. */
final class SqlErrors {

    // PostgreSQL: class 08 connection exceptions, 57P0x shutdown, 53300 too many connections.
    // H2 has its own codes: connection broken, database closed, file in use, closing at JVM exit.
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300",
            "90067", "90098", "90020", "90121");
    // Unique violation, serialization failure, deadlock, lock not available; H2 concurrent update, lock timeout.
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "40001", "40P01", "55P03", "90131", "HYT00");

    private SqlErrors() {
    }

    static StoreException translate(String action, Exception error) {
        if (error instanceof StoreException known) {
            return known;
        }
        String message = action + " failed: " + error.getMessage();
        if (unavailable(error)) {
            return new StoreUnavailableException("database unavailable; " + message, error);
        }
        if (error instanceof SQLException sql && sql.getSQLState() != null
                && CONFLICT_STATES.contains(sql.getSQLState())) {
            return new ConflictException(message, error);
        }
        return new StoreException(message, error);
    }

    static boolean unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
        }
        return false;
    }
}
