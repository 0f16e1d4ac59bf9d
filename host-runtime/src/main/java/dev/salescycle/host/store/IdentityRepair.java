package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves each identity column past its table's largest id. H2 can reopen a database that was killed during
 * batched inserts with an identity's next value below ids already stored; the next inserts then fail on the
 * primary key until the identity has caught up. Run when an embedded H2 store opens.
 */
final class IdentityRepair {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityRepair.class);

    private static final String IDENTITIES = "SELECT table_name, column_name, identity_base"
            + " FROM information_schema.columns WHERE is_identity = 'YES' AND table_schema = CURRENT_SCHEMA";

    private IdentityRepair() {
    }

    /** @return the columns that were behind and were moved */
    static List<String> run(DataSource dataSource) {
        List<String> moved = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String[]> identities = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(IDENTITIES)) {
                while (rs.next()) {
                    identities.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            for (String[] identity : identities) {
                String table = quoted(identity[0]);
                String column = quoted(identity[1]);
                long next = Long.parseLong(identity[2]);
                long largest;
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
                    rs.next();
                    largest = rs.getLong(1);
                }
                if (next <= largest) {
                    s.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (largest + 1));
                    LOG.warn("The identity of {}.{} stood at {} below the largest id {} (an unclean stop); moved it on",
                            identity[0], identity[1], next, largest);
                    moved.add(identity[0] + "." + identity[1]);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("check identity columns", e);
        }
        return moved;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
