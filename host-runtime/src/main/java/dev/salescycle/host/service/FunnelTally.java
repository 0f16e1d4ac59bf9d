package dev.salescycle.host.service;

import dev.salescycle.host.store.FunnelCount;
import dev.salescycle.host.store.FunnelEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-memory counts of one shop's frequent funnel events, per type and plugin. Counting costs a map lookup
 * and an adder increment, so the cart path pays nanoseconds, not a database row, per view.
 */
final class FunnelTally {

    private static final String HOST = "";

    private final Map<FunnelEventType, Map<String, LongAdder>> counters = new EnumMap<>(FunnelEventType.class);

    FunnelTally() {
        for (FunnelEventType type : FunnelEventType.values()) {
            counters.put(type, new ConcurrentHashMap<>());
        }
    }

    void add(FunnelEventType type, String pluginId, long n) {
        counters.get(type).computeIfAbsent(pluginId == null ? HOST : pluginId, p -> new LongAdder()).add(n);
    }

    /** Takes the counts so far (resetting them) as rows for the period. */
    List<FunnelCount> drain(Instant from, Instant to) {
        List<FunnelCount> out = new ArrayList<>();
        counters.forEach((type, byPlugin) -> byPlugin.forEach((plugin, adder) -> {
            long n = adder.sumThenReset();
            if (n > 0) {
                out.add(new FunnelCount(type, plugin.equals(HOST) ? null : plugin, n, from, to));
            }
        }));
        return out;
    }

    /** Puts counts that could not be written back, so the next period carries them. */
    void restore(List<FunnelCount> counts) {
        counts.forEach(n -> add(n.type(), n.pluginId(), n.count()));
    }
}
