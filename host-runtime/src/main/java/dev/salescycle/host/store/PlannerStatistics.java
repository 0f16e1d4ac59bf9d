package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns when PostgreSQL does not gather the planner's statistics by itself. Without them, the plans a pooled
 * connection caches while the tables are small stay in use as they grow: a look-up by customer or by stream
 * position then reads all of a shop's orders, and every order placed costs more than the one before.
 */
final class PlannerStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);
    private static final String SETTINGS = "SELECT current_setting('autovacuum'), current_setting('track_counts')";

    private PlannerStatistics() {
    }

    /** Logs a warning when the server's autovacuum does not run; a failed check is only logged too. */
    static void warnIfNotGathered(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            problem(c).ifPresent(LOG::warn);
        } catch (SQLException e) {
            LOG.debug("Could not read the server's autovacuum settings: {}", e.toString());
        }
    }

    /** What is wrong with the server's settings, or empty when autovacuum gathers statistics. */
    static Optional<String> problem(Connection c) throws SQLException {
        return Sql.first(c, SETTINGS, rs -> describe(rs.getString(1), rs.getString(2))).flatMap(p -> p);
    }

    static Optional<String> describe(String autovacuum, String trackCounts) {
        if ("on".equals(autovacuum) && "on".equals(trackCounts)) {
            return Optional.empty();
        }
        return Optional.of("PostgreSQL gathers no planner statistics by itself (autovacuum=" + autovacuum
                + ", track_counts=" + trackCounts + "): query plans made while the store's tables were small stay in"
                + " use as they grow, and placing orders and following the order stream get slower with every order."
                + " Turn both on (the default), or run ANALYZE on the store's database after it grows.");
    }
}
