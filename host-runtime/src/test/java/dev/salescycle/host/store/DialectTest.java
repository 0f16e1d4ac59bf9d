package dev.salescycle.host.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class DialectTest {

    @Test
    void theUrlPicksTheDialect() {
        assertThat(Dialect.of("jdbc:h2:file:./data/salescycle")).isEqualTo(Dialect.H2);
        assertThat(Dialect.of("JDBC:POSTGRESQL://db:5432/shop")).isEqualTo(Dialect.POSTGRESQL);
        assertThatThrownBy(() -> Dialect.of("jdbc:mysql://db/shop;password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://db/shop")
                .hasMessageNotContaining("secret");
    }

    @Test
    void h2GetsThePostgresqlSettingsTheSchemaNeedsAndKeepsItsOwnOthers() {
        String url = Dialect.H2.normalizeUrl("jdbc:h2:file:/data/sc;mode=MySQL;CACHE_SIZE=8192;");

        assertThat(url).isEqualTo("jdbc:h2:async:/data/sc;CACHE_SIZE=8192"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        assertThat(Dialect.POSTGRESQL.normalizeUrl("jdbc:postgresql://db/shop?ssl=true"))
                .isEqualTo("jdbc:postgresql://db/shop?ssl=true");
    }

    @Test
    void anEmbeddedFileWithoutAFileSystemIsKeptOnOneThatAnInterruptDoesNotClose() {
        assertThat(Dialect.uninterruptible("jdbc:h2:file:/data/sc")).isEqualTo("jdbc:h2:async:/data/sc");
        assertThat(Dialect.uninterruptible("jdbc:h2:./data/sc")).isEqualTo("jdbc:h2:async:./data/sc");
        assertThat(Dialect.uninterruptible("jdbc:h2:~/sc")).isEqualTo("jdbc:h2:async:~/sc");
        assertThat(Dialect.uninterruptible("jdbc:h2:file:C:/data/sc")).isEqualTo("jdbc:h2:async:C:/data/sc");
        assertThat(Dialect.uninterruptible("jdbc:h2:file:file:/data/sc")).isEqualTo("jdbc:h2:file:file:/data/sc");
        assertThat(Dialect.uninterruptible("jdbc:h2:retry:/data/sc")).isEqualTo("jdbc:h2:retry:/data/sc");
        assertThat(Dialect.uninterruptible("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(Dialect.uninterruptible("jdbc:h2:tcp://db/sc")).isEqualTo("jdbc:h2:tcp://db/sc");
    }

    @Test
    void theDefaultH2FileLivesInTheDataFolder() {
        assertThat(StoreOptions.h2FileUrl(Path.of("/srv/sc/data")))
                .isEqualTo("jdbc:h2:file:" + Path.of("/srv/sc/data/salescycle").toAbsolutePath());
    }

    @Test
    void upsertsAreOnConflictOnPostgresqlAndMergeOnH2() {
        Upsert upsert = new Upsert("t", List.of("k"), List.of("k", "v"), "v = cur.v + excluded.v");

        assertThat(Dialect.POSTGRESQL.upsert(upsert)).isEqualTo(
                "INSERT INTO t AS cur (k, v) VALUES (?, ?) ON CONFLICT (k) DO UPDATE SET v = cur.v + excluded.v");
        assertThat(Dialect.H2.upsert(upsert)).isEqualTo("MERGE INTO t AS cur USING (VALUES (?, ?)) AS excluded (k, v)"
                + " ON cur.k = excluded.k WHEN MATCHED THEN UPDATE SET v = cur.v + excluded.v"
                + " WHEN NOT MATCHED THEN INSERT (k, v) VALUES (excluded.k, excluded.v)");
    }
}
