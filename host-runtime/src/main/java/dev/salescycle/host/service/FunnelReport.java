package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.host.store.FunnelStore;
import java.time.Instant;
import java.util.Map;

/** A shop's funnel counts over a window, in total and per plugin. */
public final class FunnelReport {

    private final RunningShops shops;
    private final FunnelStore store;

    public FunnelReport(RunningShops shops, FunnelStore store) {
        this.shops = shops;
        this.store = store;
    }

    public Map<FunnelEventType, Long> counts(String shopId, Instant from, Instant to) {
        shops.require(shopId);
        return store.funnelCounts(shopId, from, to);
    }

    /** The funnel in money over {@code [from, to)}, recomputed from the stored events and credits. */
    public MoneyFunnel money(String shopId, Instant from, Instant to) {
        shops.require(shopId);
        return MoneyFunnel.of(store.attributionRows(shopId, from, to), from, to);
    }

    public Map<String, Map<FunnelEventType, Long>> countsByPlugin(String shopId, Instant from, Instant to) {
        shops.require(shopId);
        return store.funnelCountsByPlugin(shopId, from, to);
    }
}
