package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The few differences between H2 (in PostgreSQL mode) and PostgreSQL that the store meets. */
enum Dialect {

    /** H2 has no {@code ON CONFLICT ... DO UPDATE}; standard MERGE does the same. */
    H2 {
        @Override
        String upsert(Upsert u) {
            String cols = String.join(", ", u.columns());
            String on = u.keys().stream().map(k -> "cur." + k + " = excluded." + k).collect(Collectors.joining(" AND "));
            String values = u.columns().stream().map(c -> "excluded." + c).collect(Collectors.joining(", "));
            return "MERGE INTO " + u.table() + " AS cur USING (VALUES (" + params(u) + ")) AS excluded (" + cols
                    + ") ON " + on + " WHEN MATCHED THEN UPDATE SET " + u.assignments()
                    + " WHEN NOT MATCHED THEN INSERT (" + cols + ") VALUES (" + values + ")";
        }

        @Override
        void lazyResults(Connection c, boolean lazy) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION " + lazy);
            }
        }

        @Override
        String normalizeUrl(String url) {
            String[] parts = url.split(";");
            List<String> kept = new ArrayList<>(List.of(uninterruptible(parts[0])));
            for (int i = 1; i < parts.length; i++) {
                String name = parts[i].split("=", 2)[0].trim().toUpperCase(Locale.ROOT);
                if (!parts[i].isBlank() && !H2_SETTINGS.contains(name)) {
                    kept.add(parts[i]);
                }
            }
            // WRITE_DELAY=0 writes each commit before it returns; the default delay loses commits on a kill.
            return String.join(";", kept)
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        }
    },

    POSTGRESQL {
        @Override
        String upsert(Upsert u) {
            return "INSERT INTO " + u.table() + " AS cur (" + String.join(", ", u.columns()) + ") VALUES ("
                    + params(u) + ") ON CONFLICT (" + String.join(", ", u.keys()) + ") DO UPDATE SET "
                    + u.assignments();
        }

        @Override
        void lazyResults(Connection c, boolean lazy) {
            // The driver streams with a fetch size in a transaction already.
        }

        @Override
        String normalizeUrl(String url) {
            return url;
        }
    };

    private static final String H2_PREFIX = "jdbc:h2:";
    /** The file system an embedded database is kept on unless its URL names one. */
    static final String FILE_SYSTEM = "async:";
    /** A file system's name before a path: two letters at least, so that a drive letter such as {@code C:} is none. */
    private static final Pattern NAMED_FILE_SYSTEM = Pattern.compile("[A-Za-z][A-Za-z0-9]+:");

    private static final List<String> H2_SETTINGS =
            List.of("MODE", "DATABASE_TO_LOWER", "DEFAULT_NULL_ORDERING", "WRITE_DELAY");

    /** The statement for the upsert, with one parameter per column. */
    abstract String upsert(Upsert upsert);

    /** Switches the session to computing result rows as they are fetched, or back. */
    abstract void lazyResults(Connection c, boolean lazy) throws SQLException;

    /** The URL with the settings the schema relies on. */
    abstract String normalizeUrl(String url);

    /**
     * An embedded file database named without a file system is kept on H2's {@code async:} one. H2's default
     * reaches its file through a channel that an interrupt of the thread using it closes, and a closed file closes
     * the whole database; an asynchronous channel is not closed by an interrupt. ({@code retry:}, which opens the
     * channel again and repeats the access, still failed writes under repeated interrupts, and so closed the
     * database; see {@code BENCHMARKS.md} for what each costs.) A file system named in the URL, {@code file:file:}
     * for the default one, is kept.
     */
    static String uninterruptible(String base) {
        String rest = base.substring(H2_PREFIX.length());
        if (rest.regionMatches(true, 0, "file:", 0, 5)) {
            rest = rest.substring(5);
        } else if (NAMED_FILE_SYSTEM.matcher(rest).lookingAt()) {
            return base; // mem:, tcp:, ssl:, async:, ...
        }
        return NAMED_FILE_SYSTEM.matcher(rest).lookingAt() ? base : H2_PREFIX + FILE_SYSTEM + rest;
    }

    /** Whether the URL is of an H2 database held by this process alone (not an H2 server, not shared). */
    static boolean embedded(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:") && !url.contains("auto_server=true");
    }

    static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (expected jdbc:h2:... or jdbc:postgresql://...): "
                + jdbcUrl.split("[?;]", 2)[0]);
    }

    private static String params(Upsert u) {
        return String.join(", ", Collections.nCopies(u.columns().size(), "?"));
    }
}
