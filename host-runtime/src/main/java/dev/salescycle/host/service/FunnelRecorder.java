package dev.salescycle.host.service;

import dev.salescycle.host.store.FunnelCount;
import dev.salescycle.host.store.WriteBehind;
import dev.salescycle.host.store.FunnelEvent;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.host.store.FunnelStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records funnel events off the request path. Events about a person or an order (lead captured, order
 * placed, thank-you shown, message opened or clicked) queue in memory and a background thread writes them,
 * one row each, in batches every half second; when the queue is full (the store is down) new events are
 * dropped and counted. Anonymous views that happen on every cart (cart evaluated, offer and recommendation
 * shown) are only counted, per shop, type and plugin, and written as one row per count each half second,
 * because a row per view would cost the cart path more than all its plugins do. A request never waits for
 * either. Analytics, not records: a crash may lose the last half second.
 */
public final class FunnelRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FunnelRecorder.class);
    private static final int CAPACITY = 100_000;

    private record Pending(String shopId, FunnelEvent event) {
    }

    private final FunnelStore store;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final LongAdder dropped = new LongAdder();
    private final Map<String, FunnelTally> tallies = new ConcurrentHashMap<>();
    private final WriteBehind writer;
    private volatile Instant periodStart;

    public FunnelRecorder(FunnelStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.periodStart = clock.instant();
        this.writer = new WriteBehind("salescycle-funnel", Duration.ofMillis(500), this::flush);
    }

    /** Queues one event; never blocks. */
    public void record(String shopId, FunnelEventType type, String ref, String pluginId) {
        String safeRef = ref == null || ref.length() <= 200 ? ref : ref.substring(0, 200);
        if (!queue.offer(new Pending(shopId, new FunnelEvent(type, safeRef, pluginId, clock.instant())))) {
            dropped.increment();
        }
    }

    /** Counts {@code n} anonymous events; never blocks, never touches the store. */
    public void count(String shopId, FunnelEventType type, String pluginId, long n) {
        if (n > 0) {
            tallies.computeIfAbsent(shopId, s -> new FunnelTally()).add(type, pluginId, n);
        }
    }

    /** Events dropped because the queue was full. */
    public long dropped() {
        return dropped.sum();
    }

    /** Writes everything queued and counted so far (for tests and shutdown). */
    public synchronized void flush() {
        writeCounts();
        List<Pending> batch = new ArrayList<>();
        queue.drainTo(batch);
        Map<String, List<FunnelEvent>> byShop = new LinkedHashMap<>();
        batch.forEach(p -> byShop.computeIfAbsent(p.shopId(), s -> new ArrayList<>()).add(p.event()));
        byShop.forEach((shop, events) -> {
            try {
                store.recordEvents(shop, events);
            } catch (RuntimeException e) {
                dropped.add(events.size());
                LOG.warn("Could not record {} funnel events of shop {}: {}", events.size(), shop, e.getMessage());
            }
        });
    }

    private void writeCounts() {
        Instant from = periodStart;
        Instant to = clock.instant();
        periodStart = to;
        tallies.forEach((shop, tally) -> {
            List<FunnelCount> counts = tally.drain(from, to.isBefore(from) ? from : to);
            if (counts.isEmpty()) {
                return;
            }
            try {
                store.recordCounts(shop, counts);
            } catch (RuntimeException e) {
                tally.restore(counts);
                LOG.warn("Could not record funnel counts of shop {}, kept for the next try: {}", shop, e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        writer.close();
    }
}
