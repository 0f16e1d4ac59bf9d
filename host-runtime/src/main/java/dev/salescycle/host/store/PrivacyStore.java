package dev.salescycle.host.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The store's part for one concern: a customer's data exported or erased on request. See {@link Store} for what
 * holds for every method: thread-safe, keyed by shop, committed before it returns.
 */
public interface PrivacyStore {

    /** Everything the shop stores about the address (see {@link CustomerExport}), or empty if nothing. */
    Optional<CustomerExport> exportCustomer(String shopId, String email);

    /**
     * Erases the address's personal data from the shop in one transaction, as {@link Erasure} describes:
     * leads and unsubscribe records deleted; the customer row marked erased and its orders kept for the
     * accounts, both under a random pseudonym instead of the address and without the name; messages still to
     * be sent cancelled; message data and recorded delivery errors cleared. Plugin state is the plugins' own.
     *
     * @return what was done, or empty if nothing was stored about the address
     */
    Optional<Erasure> eraseCustomer(String shopId, String email, Instant at);
}
