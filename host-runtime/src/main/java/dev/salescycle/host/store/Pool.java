package dev.salescycle.host.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** Starts the connection pool and brings the schema to the newest migration. */
final class Pool {

    private static final String MIGRATIONS = "classpath:db/migration";

    private Pool() {
    }

    /** A migrated, pooled data source; closed again if migration fails. */
    static HikariDataSource open(StoreOptions options, Dialect dialect) {
        HikariDataSource dataSource = new HikariDataSource(config(options, dialect));
        try {
            Flyway.configure(Pool.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
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
