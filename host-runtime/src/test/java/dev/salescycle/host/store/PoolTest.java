package dev.salescycle.host.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PoolTest {

    @TempDir
    Path dir;

    @Test
    void theMigrationVersionsConstantMatchesTheMigrationFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(Pool.class.getClassLoader().getResource("db/migration").toURI());
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        java.util.Set<String> versions;
        try (Stream<Path> files = Files.list(folder)) {
            versions = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).collect(java.util.stream.Collectors.toSet());
        }
        assertThat(Pool.MIGRATION_VERSIONS).isEqualTo(versions);
    }

    @Test
    void anIdentityLeftBehindTheLargestIdIsMovedOnWhenTheStoreOpens() throws Exception {
        String url = StoreOptions.h2FileUrl(dir);
        Store.open(url, "sa", "").close();
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL(Dialect.H2.normalizeUrl(url));
        plain.setUser("sa");
        // What H2 can leave after a kill during batched inserts: rows with ids the identity has not reached.
        try (var c = plain.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO funnel_events (id, shop_id, event_type, occurred_at) VALUES (500, 's', 'a', NOW())");
        }
        assertThat(IdentityRepair.run(plain)).containsExactly("funnel_events.id");
        assertThat(IdentityRepair.run(plain)).as("nothing behind any more").isEmpty();
        try (var c = plain.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO funnel_events (shop_id, event_type, occurred_at) VALUES ('s', 'b', NOW())");
            try (var rs = s.executeQuery("SELECT id FROM funnel_events WHERE event_type = 'b'")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(501);
            }
        }
    }

    @Test
    void aDatabaseOnAnOlderMigrationIsMigratedWhenTheStoreOpens() {
        String url = StoreOptions.h2FileUrl(dir);
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL(Dialect.H2.normalizeUrl(url));
        plain.setUser("sa");
        assertThat(Pool.isCurrent(plain)).as("empty").isFalse();
        Flyway.configure(Pool.class.getClassLoader()).dataSource(plain).locations("classpath:db/migration")
                .target("1").load().migrate();
        assertThat(Pool.isCurrent(plain)).as("at V1").isFalse();

        try (Store store = Store.open(url, "sa", "")) {
            store.recordCounts("shop", List.of(new FunnelCount(FunnelEventType.CART_EVALUATED, null, 3,
                    Instant.EPOCH, Instant.EPOCH.plusSeconds(1))));
            assertThat(store.funnelCounts("shop", Instant.EPOCH, Instant.EPOCH.plusSeconds(2)))
                    .containsEntry(FunnelEventType.CART_EVALUATED, 3L);
        }
        assertThat(Pool.isCurrent(plain)).as("migrated").isTrue();

        try (Store again = Store.open(url, "sa", "")) {
            assertThat(again.funnelCounts("shop", Instant.EPOCH, Instant.EPOCH.plusSeconds(2)))
                    .containsEntry(FunnelEventType.CART_EVALUATED, 3L);
        }
    }
}
