package dev.salescycle.host.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Starts the connection pool and brings the schema to the newest migration. A database already at the
 * newest migration is not handed to Flyway: loading and validating it took a third of a restart.
 */
final class Pool {

    /**
     * The versions of the migrations under {@code db/migration} (each branch of work has its own number, so
     * there may be gaps); a test keeps the two in step.
     */
    static final Set<String> MIGRATION_VERSIONS = Set.of("1", "2", "3", "4", "5", "6");

    private static final String MIGRATIONS = "classpath:db/migration";
    private static final String HISTORY = "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL";

    private Pool() {
    }

    /** A migrated, pooled data source; closed again if migration fails. */
    static HikariDataSource open(StoreOptions options, Dialect dialect) {
        // Flyway takes long to load; it loads beside the pool's first connection in case it is needed.
        FutureTask<FluentConfiguration> flyway = new FutureTask<>(() -> Flyway.configure(Pool.class.getClassLoader())
                .locations(MIGRATIONS)
                .failOnMissingLocations(true));
        Thread loader = new Thread(flyway, "salescycle-flyway-load");
        loader.setDaemon(true);
        loader.start();
        HikariDataSource dataSource = new HikariDataSource(config(options, dialect));
        try {
            if (!isCurrent(dataSource)) {
                configured(flyway).dataSource(dataSource).load().migrate();
            }
            if (dialect == Dialect.H2) {
                IdentityRepair.run(dataSource);
            } else if (dialect == Dialect.POSTGRESQL) {
                PlannerStatistics.warnIfNotGathered(dataSource);
            }
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static FluentConfiguration configured(FutureTask<FluentConfiguration> flyway) {
        try {
            return flyway.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Flyway loaded", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Whether the migrations of {@link #MIGRATION_VERSIONS}, and no others, were applied and all succeeded. */
    static boolean isCurrent(DataSource dataSource) {
        Set<String> applied = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(HISTORY);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(MIGRATION_VERSIONS);
    }

    private static HikariConfig config(StoreOptions options, Dialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("salescycle-store");
        config.setJdbcUrl(dialect.normalizeUrl(options.jdbcUrl()));
        config.setUsername(options.user());
        config.setPassword(options.password());
        config.setMaximumPoolSize(options.maxPoolSize());
        // A fixed-size pool: a burst of requests must not wait for connections to be opened one by one.
        config.setMinimumIdle(options.maxPoolSize());
        long timeout = options.connectionTimeout().toMillis();
        config.setConnectionTimeout(timeout);
        config.setValidationTimeout(Math.max(250, timeout / 2));
        config.setInitializationFailTimeout(timeout);
        if (dialect == Dialect.POSTGRESQL) {
            // Multi-row inserts for JDBC batches: imports are several times faster.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return config;
    }
}
