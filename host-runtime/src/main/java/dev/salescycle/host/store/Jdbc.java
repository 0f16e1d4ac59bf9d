package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work on a pooled connection, in a transaction or not, and translates its errors.
 *
 * <p>No work runs with the thread's interrupt flag set: an interrupt set before a call is cleared for it and set
 * again when it returns. A flag set while the embedded database touches its file would close the file for every
 * thread (a thread's file channel is closed by an interrupt), and a pool wait would fail at once.
 */
final class Jdbc {

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Reopen reopen;

    Jdbc(DataSource dataSource, Reopen reopen) {
        this.dataSource = dataSource;
        this.reopen = reopen;
    }

    /** Runs the work with auto-commit on: each statement commits by itself. */
    <T> T autoCommit(String action, Work<T> work) {
        boolean interrupted = Thread.interrupted();
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(action, e);
        } finally {
            restore(interrupted);
        }
    }

    /** Runs the work in one transaction: committed if it returns, rolled back if it throws. */
    <T> T transaction(String action, Work<T> work) {
        boolean interrupted = Thread.interrupted();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failed(action, e);
        } finally {
            restore(interrupted);
        }
    }

    private StoreException failed(String action, SQLException e) {
        reopen.afterFailure(e);
        return SqlErrors.translate(action, e);
    }

    private static void restore(boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
