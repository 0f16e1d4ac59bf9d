package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.domain.NotFoundException;
import dev.salescycle.host.store.CustomerExport;
import dev.salescycle.host.store.Erasure;
import dev.salescycle.host.store.PrivacyStore;
import java.time.Clock;

/** Everything stored about a customer of a shop, exported or erased (a data subject's requests). */
public final class CustomerService {

    private final RunningShops shops;
    private final PrivacyStore store;
    private final Clock clock;

    public CustomerService(RunningShops shops, PrivacyStore store, Clock clock) {
        this.shops = shops;
        this.store = store;
        this.clock = clock;
    }

    public CustomerExport export(String shopId, String email) {
        shops.require(shopId);
        return store.exportCustomer(shopId, email).orElseThrow(() -> unknown(shopId, email));
    }

    /** Erases the personal data and cancels the customer's messages. */
    public Erasure erase(String shopId, String email) {
        shops.require(shopId);
        return store.eraseCustomer(shopId, email, clock.instant()).orElseThrow(() -> unknown(shopId, email));
    }

    private static NotFoundException unknown(String shopId, String email) {
        return new NotFoundException("unknown_customer", "shop " + shopId + " stores nothing about " + email, null);
    }
}
