package dev.salescycle.bench.stream;

import dev.salescycle.host.SalesCycleHost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Two hosts in this process on a fresh PostgreSQL database, with the co-purchase plugin on one shop. */
final class TwoHosts implements AutoCloseable {

    static final String KEY = "bench-stream-key-00000000000000000";
    static final String SHOP = "lag";

    private final String server;
    private final String user;
    private final String database = "sc_lag_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final SalesCycleHost a;
    final SalesCycleHost b;

    TwoHosts(String server, String user, Path plugins, Path work) throws Exception {
        this.server = server;
        this.user = user;
        admin("CREATE DATABASE " + database);
        Path config = work.resolve("lag.yaml");
        Files.writeString(config, config());
        a = start(config, plugins, work.resolve("a"));
        b = start(config, plugins, work.resolve("b"));
    }

    private static SalesCycleHost start(Path config, Path plugins, Path data) throws Exception {
        Files.createDirectories(data);
        return SalesCycleHost.builder().configFile(config).pluginsDir(plugins).dataDir(data).port(0).build().start();
    }

    private String config() {
        return """
                host:
                  store: %s%s
                  storeUser: %s
                  rateLimits: { enabled: false }
                shops:
                  %s:
                    currency: EUR
                    apiKeys: [ %s ]
                    plugins:
                      - id: co-purchase-upsell
                        budget: 500ms
                        settings: { maxItems: 3, rankBy: confidence, minSupport: 0, minConfidence: 0 }
                """.formatted(server, database, user, SHOP, KEY);
    }

    /**
     * Gathers the planner's statistics now when the server's autovacuum is off (autovacuum would have, within a
     * minute of the tables growing), so that the figures after the warm-up are those of a database in use; says what
     * it did.
     */
    String analyzeUnlessAutovacuum() throws SQLException {
        try (Connection c = DriverManager.getConnection(server + database, user, null); Statement s = c.createStatement()) {
            var on = s.executeQuery("SHOW autovacuum");
            on.next();
            if (on.getString(1).equals("on")) {
                return "autovacuum on";
            }
            s.execute("ANALYZE");
            return "autovacuum off on this server: ANALYZE run";
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server + "postgres", user, null); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        a.stop();
        b.stop();
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
}
