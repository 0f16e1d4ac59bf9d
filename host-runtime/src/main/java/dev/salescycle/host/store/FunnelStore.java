package dev.salescycle.host.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The store's part for one concern: funnel events and counts, and their totals over a window. See {@link Store}
 * for what holds for every method: thread-safe, keyed by shop, committed before it returns.
 */
public interface FunnelStore {

    /** Records funnel events; all or none. */
    void recordEvents(String shopId, List<FunnelEvent> events);

    /** Records counted funnel events; all or none. */
    void recordCounts(String shopId, List<FunnelCount> counts);

    /**
     * How many events of each type the shop had in [from, to), recorded and counted together; every type is
     * present, zero if none. A count belongs to the window that holds the end of its period.
     */
    Map<FunnelEventType, Long> funnelCounts(String shopId, Instant from, Instant to);

    /** The same per plugin, for the events a plugin contributed to; only types that occurred. */
    Map<String, Map<FunnelEventType, Long>> funnelCountsByPlugin(String shopId, Instant from, Instant to);

    /** The stored attribution figures of the shop in {@code [from, to)}, per UTC day: the funnel in money. */
    AttributionRows attributionRows(String shopId, Instant from, Instant to);
}
