package dev.salescycle.host.store;

import dev.salescycle.sdk.model.Customer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The customers table: counters and consent, upserted by (shop, email). */
final class CustomerDao {

    private static final List<String> COLUMNS = List.of("shop_id", "email", "name", "marketing_consent",
            "consent_at", "consent_source", "order_count", "first_order_at", "last_order_at", "created_at",
            "updated_at");
    // An offered row without consent_source carries no consent decision: keep the stored one.
    private static final String ASSIGNMENTS = """
            name = COALESCE(excluded.name, cur.name),
            marketing_consent = CASE WHEN excluded.consent_source IS NULL THEN cur.marketing_consent
                                     ELSE excluded.marketing_consent END,
            consent_at = CASE WHEN excluded.consent_source IS NULL THEN cur.consent_at ELSE excluded.consent_at END,
            consent_source = COALESCE(excluded.consent_source, cur.consent_source),
            order_count = cur.order_count + excluded.order_count,
            first_order_at = CASE WHEN cur.first_order_at IS NULL OR excluded.first_order_at < cur.first_order_at
                                  THEN excluded.first_order_at ELSE cur.first_order_at END,
            last_order_at = CASE WHEN cur.last_order_at IS NULL OR excluded.last_order_at > cur.last_order_at
                                 THEN excluded.last_order_at ELSE cur.last_order_at END,
            updated_at = excluded.updated_at""";
    private static final String FIND = "SELECT email, name, marketing_consent, order_count, first_order_at,"
            + " last_order_at FROM customers WHERE shop_id = ? AND email = ? AND erased = FALSE";

    private final String upsert;

    CustomerDao(Dialect dialect) {
        this.upsert = dialect.upsert(new Upsert("customers", List.of("shop_id", "email"), COLUMNS, ASSIGNMENTS));
    }

    void record(Connection c, String shopId, List<CustomerChange> changes) throws SQLException {
        Sql.batch(c, upsert, changes.stream().map(ch -> new Object[] {shopId, ch.email(), ch.name(), ch.consent(),
                ch.consentAt(), ch.consentSource(), ch.orders(), ch.firstOrderAt(), ch.lastOrderAt(), ch.at(),
                ch.at()}).toList());
    }

    Optional<Customer> find(Connection c, String shopId, String email) throws SQLException {
        return Sql.first(c, FIND, rs -> new Customer(rs.getString("email"), rs.getString("name"),
                rs.getBoolean("marketing_consent"), rs.getInt("order_count"), Sql.instant(rs, "first_order_at"),
                Sql.instant(rs, "last_order_at")), shopId, email);
    }
}
