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
 * and an adder increment, so the cart path pays nanoseconds, not a database row, per view. The adders are
 * never reset (a reset can lose an increment that races with it); each drain takes what was added since the
 * last one. Drains come from one thread at a time.
 */
final class FunnelTally {

    private static final String HOST = "";

    private static final class Counter {
        final LongAdder added = new LongAdder();
        long drained;
    }

    private final Map<FunnelEventType, Map<String, Counter>> counters = new EnumMap<>(FunnelEventType.class);

    FunnelTally() {
        for (FunnelEventType type : FunnelEventType.values()) {
            counters.put(type, new ConcurrentHashMap<>());
        }
    }

    void add(FunnelEventType type, String pluginId, long n) {
        counters.get(type).computeIfAbsent(pluginId == null ? HOST : pluginId, p -> new Counter()).added.add(n);
    }

    /** What was added since the last drain, as rows for the period. */
    List<FunnelCount> drain(Instant from, Instant to) {
        List<FunnelCount> out = new ArrayList<>();
        counters.forEach((type, byPlugin) -> byPlugin.forEach((plugin, counter) -> {
            long total = counter.added.sum();
            long n = total - counter.drained;
            if (n > 0) {
                counter.drained = total;
                out.add(new FunnelCount(type, plugin.equals(HOST) ? null : plugin, n, from, to));
            }
        }));
        return out;
    }

    /** Gives back counts that could not be written, so the next drain takes them again. */
    void restore(List<FunnelCount> counts) {
        counts.forEach(n -> counters.get(n.type()).get(n.pluginId() == null ? HOST : n.pluginId()).drained -= n.count());
    }
}
