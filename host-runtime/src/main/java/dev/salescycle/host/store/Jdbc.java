package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Runs work on a pooled connection, in a transaction or not, and translates its errors.
 *
 * <p>No work runs with the thread's interrupt flag set: an interrupt set before a call is cleared for it and set
 * again when it returns. A flag set while the embedded database touches its file would close the file for every
 * thread (a thread's file channel is closed by an interrupt), and a pool wait would fail at once.
 *
 * <p>On an embedded H2 database, commits and rollbacks run one at a time, and work "with auto-commit" runs in a
 * transaction committed so. H2 marks a transaction's rows committed one map (table or index) after the other and
 * then writes the store; a store written by another thread's commit meanwhile can hold some of the transaction's
 * rows committed and others not, and a process killed before the transaction's own store then reopens with half a
 * transaction: an order whose idempotency answer and order row survived but whose customer row or index entries did
 * not. With commits one at a time, every store holds whole transactions.
 */
final class Jdbc {

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Reopen reopen;
    private final ReentrantLock commits;

    /** @param oneCommitAtATime true for an embedded H2 database (see above) */
    Jdbc(DataSource dataSource, Reopen reopen, boolean oneCommitAtATime) {
        this.dataSource = dataSource;
        this.reopen = reopen;
        this.commits = oneCommitAtATime ? new ReentrantLock() : null;
    }

    /** Runs the work with auto-commit on: each statement commits by itself (on embedded H2, all at the end). */
    <T> T autoCommit(String action, Work<T> work) {
        if (commits != null) {
            return transaction(action, work);
        }
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
                commit(c);
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

    private void commit(Connection c) throws SQLException {
        if (commits == null) {
            c.commit();
            return;
        }
        commits.lock();
        try {
            c.commit();
        } finally {
            commits.unlock();
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

    private void rollback(Connection c, Exception cause) {
        if (commits != null) {
            commits.lock();
        }
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        } finally {
            if (commits != null) {
                commits.unlock();
            }
        }
    }
}
