package dev.salescycle.it;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Hosts sharing one fresh PostgreSQL database: each gets its own folder under the test's directory and the
 * config's {@code host.store} pointed at the database. Close it to drop the database.
 */
final class PostgresHosts implements AutoCloseable {

    private final Path dir;
    private final String database;

    private PostgresHosts(Path dir, String database) {
        this.dir = dir;
        this.database = database;
    }

    /** A new database; aborts the test (or fails it under CI=true) without a reachable PostgreSQL. */
    static PostgresHosts create(Path dir) throws SQLException {
        return new PostgresHosts(dir, Postgres.createDatabase());
    }

    /**
     * Starts a host named {@code name} on the database. The YAML is the config without {@code host.store}, which
     * is added; the shop key of {@link TestKeys} is added to every shop.
     */
    TestHost start(String name, String yaml, Path... plugins) {
        String config = yaml.contains("host:") ? yaml.replaceFirst("host:\n", "host:\n" + store())
                : "host:\n" + store() + yaml;
        TestHost.Builder builder = TestHost.builder(dir.resolve(name)).config(TestKeys.config(config));
        for (Path plugin : plugins) {
            builder.plugin(plugin);
        }
        return builder.start();
    }

    /** The first column of the first row of a query, as a long. */
    long count(String sql) throws SQLException {
        return Postgres.query(database, sql, rs -> rs.getLong(1));
    }

    private String store() {
        return "  store: " + Postgres.url(database) + "\n  storeUser: " + Postgres.USER + "\n";
    }

    @Override
    public void close() throws SQLException {
        Postgres.dropDatabase(database);
    }
}
