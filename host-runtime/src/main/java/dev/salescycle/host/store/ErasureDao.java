package dev.salescycle.host.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Erases a customer's personal data in one transaction. Orders stay for the accounts, under a pseudonym
 * instead of the address and without the name; leads and unsubscribe records go; the customer row stays,
 * marked erased, under the same pseudonym and without name or consent; messages still to be sent are
 * cancelled, and every message's data and recorded errors (which may quote the address) are cleared.
 */
final class ErasureDao {

    static final String REASON = "customer erased";

    private static final String ORDER_IDS = "SELECT order_id FROM orders WHERE shop_id = ? AND customer_email = ?";
    private static final String MESSAGE_IDS = "SELECT id FROM scheduled_messages WHERE shop_id = ? AND order_id = ?";
    private static final String CLEAR_MESSAGE = "UPDATE scheduled_messages SET data = '{}', last_error = NULL,"
            + " updated_at = ? WHERE id = ?";
    private static final String CANCEL = "UPDATE scheduled_messages SET status = 'cancelled', last_error = ?,"
            + " claimed_by = NULL, claim_expires_at = NULL WHERE id = ? AND status IN ('scheduled', 'claimed')";
    private static final String CLEAR_ATTEMPTS = "UPDATE delivery_attempts SET error = NULL WHERE message_id = ?";
    private static final String ORDERS = "UPDATE orders SET customer_email = ?, customer_name = NULL,"
            + " thank_you_json = NULL WHERE shop_id = ? AND customer_email = ?";
    private static final String ANSWERS = "DELETE FROM idempotency_keys WHERE shop_id = ? AND order_id = ?";
    private static final String LEADS = "DELETE FROM leads WHERE shop_id = ? AND email = ?";
    private static final String UNSUBSCRIBES = "DELETE FROM unsubscribes WHERE shop_id = ? AND email = ?";
    private static final String CUSTOMER = "UPDATE customers SET email = ?, name = NULL, marketing_consent = FALSE,"
            + " consent_at = NULL, consent_source = NULL, erased = TRUE, updated_at = ? WHERE shop_id = ? AND email = ?";

    Erasure erase(Connection c, String shopId, String email, String pseudonym, Instant at) throws SQLException {
        List<String> orderIds = Sql.list(c, ORDER_IDS, rs -> rs.getString(1), shopId, email);
        int cancelled = 0;
        for (String orderId : orderIds) {
            for (long id : Sql.list(c, MESSAGE_IDS, rs -> rs.getLong(1), shopId, orderId)) {
                Sql.update(c, CLEAR_MESSAGE, at, id);
                cancelled += Sql.update(c, CANCEL, REASON, id);
                Sql.update(c, CLEAR_ATTEMPTS, id);
            }
            Sql.update(c, ANSWERS, shopId, orderId);
        }
        int orders = Sql.update(c, ORDERS, pseudonym, shopId, email);
        int leads = Sql.update(c, LEADS, shopId, email);
        int unsubscribes = Sql.update(c, UNSUBSCRIBES, shopId, email);
        boolean customer = Sql.update(c, CUSTOMER, pseudonym, at, shopId, email) == 1;
        return new Erasure(pseudonym, customer, leads, orders, cancelled, unsubscribes);
    }
}
