package dev.salescycle.host.store;

import static dev.salescycle.host.store.StoreFixtures.newShop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The store contract on PostgreSQL at 127.0.0.1:5432 (user postgres, no password), in a database
 * created for this class and dropped after it. Skipped when PostgreSQL is not running, unless the
 * environment has CI=true: then its absence fails the build.
 */
@Timeout(120)
class PostgresStoreTest extends RetentionStoreContractTest {

    private static final int PG_PORT = 5432;
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/";
    private static final String USER = "postgres";

    private String database;

    @Override
    protected StoreOptions freshDatabase() throws SQLException {
        requireReachable();
        database = "sc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        return StoreOptions.of(SERVER + database, USER, null);
    }

    @Override
    protected void dropDatabase() throws SQLException {
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Override
    protected String unreachableUrl() {
        return "jdbc:postgresql://127.0.0.1:" + FreePort.find() + "/test";
    }

    @Test
    void anOutageFailsCallsAsUnavailableAndTheStoreRecoversWhenTheDatabaseReturns() throws Exception {
        String shop = newShop();
        try (TcpProxy proxy = new TcpProxy(PG_PORT).start();
             Store viaProxy = Store.open(StoreOptions.of("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                     USER, null).withConnectionTimeout(Duration.ofMillis(500)))) {
            viaProxy.statePut(shop, "p", "k", "before");

            proxy.stop();
            assertThatThrownBy(() -> viaProxy.statePut(shop, "p", "k", "during"))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> viaProxy.stateGet(shop, "p", "k")).isInstanceOf(StoreUnavailableException.class);
            assertThat(viaProxy.isHealthy()).isFalse();

            proxy.start();
            await().atMost(Duration.ofSeconds(10)).until(viaProxy::isHealthy);
            assertThat(viaProxy.stateGet(shop, "p", "k")).contains("before");
        }
    }

    @Test
    void warnsAboutPlannerStatisticsExactlyWhenTheServerDoesNotGatherThem() throws SQLException {
        boolean gathered;
        try (Connection c = DriverManager.getConnection(SERVER + database, USER, null); Statement s = c.createStatement()) {
            gathered = setting(s, "autovacuum").equals("on") && setting(s, "track_counts").equals("on");
            assertThat(PlannerStatistics.problem(c).isPresent()).isEqualTo(!gathered);
        }
        Logger logger = (Logger) LoggerFactory.getLogger(PlannerStatistics.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try (Store opened = Store.open(StoreOptions.of(SERVER + database, USER, null))) {
            assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN)
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .hasSize(gathered ? 0 : 1)
                    .allSatisfy(warning -> assertThat(warning).contains("autovacuum=", "ANALYZE"));
        } finally {
            logger.detachAppender(logged);
        }
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void requireReachable() {
        try (Connection c = DriverManager.getConnection(SERVER + "test?connectTimeout=2", USER, null)) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("PostgreSQL not reachable at 127.0.0.1:" + PG_PORT + ", and CI=true requires it: "
                        + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at 127.0.0.1:" + PG_PORT + "; set CI=true to require it");
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "test", USER, null);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
