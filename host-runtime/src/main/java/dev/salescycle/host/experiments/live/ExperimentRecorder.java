package dev.salescycle.host.experiments.live;

import dev.salescycle.host.dispatch.StageExperiment;
import dev.salescycle.host.store.ExperimentRecords;
import dev.salescycle.host.store.WriteBehind;
import dev.salescycle.host.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what experiments need off the request path: a unit's first exposure (queued once per unit and run on
 * this host, written in batches; the store keeps the first of every host's), and counts per arm (exposures,
 * guardrail trials and events) added up in memory and written as one row per arm and counter each half second.
 * Orders and actions are written at once, after the order is committed. A request never waits for the queue.
 */
public final class ExperimentRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRecorder.class);
    private static final int CAPACITY = 100_000;
    private static final int REMEMBERED = 500_000;

    /** Counter names. */
    public static final String EXPOSURES = "exposures";
    public static final String DUE = "due";
    public static final String TIMEOUTS = "timeouts";
    public static final String BREAKER_TRIPS = "breakerTrips";

    private record Exposure(String shopId, String experimentId, String salt, String unitId, String variant, Instant at) {
    }

    private record Counter(String shopId, String experimentId, String salt, String variant, String counter) {
    }

    private final ExperimentRecords records;
    private final Clock clock;
    private final BlockingQueue<Exposure> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    private final Map<Counter, LongAdder> counters = new ConcurrentHashMap<>();
    private final LongAdder dropped = new LongAdder();
    private final WriteBehind writer;

    public ExperimentRecorder(Store store, Clock clock) {
        this.records = store.experiments();
        this.clock = clock;
        this.writer = new WriteBehind("salescycle-experiments", Duration.ofMillis(500), this::flush);
    }

    /** A unit was assigned to an arm on a request: counted, and queued unless this host queued it before. */
    public void exposed(String shopId, StageExperiment experiment, int arm, String unitId) {
        String variant = experiment.config().variants().get(arm).name();
        count(shopId, experiment, arm, EXPOSURES, 1);
        String key = shopId + '\n' + experiment.config().id() + '\n' + experiment.config().salt() + '\n' + unitId;
        if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
            return;
        }
        if (seen.size() > REMEMBERED) {
            seen.clear(); // the store keeps the first exposure anyway; this only spares it repeats
        }
        if (!queue.offer(new Exposure(shopId, experiment.config().id(), experiment.config().salt(), unitId, variant,
                clock.instant()))) {
            seen.remove(key);
            dropped.increment();
        }
    }

    /** Adds to an arm's counter. */
    public void count(String shopId, StageExperiment experiment, int arm, String counter, long n) {
        if (n > 0) {
            counters.computeIfAbsent(new Counter(shopId, experiment.config().id(), experiment.config().salt(),
                    experiment.config().variants().get(arm).name(), counter), c -> new LongAdder()).add(n);
        }
    }

    /** Records a placed order for the shop's experiments, by its visitor id and its customer. */
    public void ordered(String shopId, String orderId, String visitorId, String email, BigDecimal total, Instant at) {
        try {
            records.recordOrder(shopId, orderId, UnitKeys.of(visitorId), UnitKeys.of(UnitKeys.customer(email)), total, at);
        } catch (RuntimeException e) {
            LOG.warn("Could not record order {} of shop {} for experiments: {}", orderId, shopId, e.getMessage());
        }
    }

    /** Records that a unit acted on what a stage handed out (a click, an item added). */
    public void acted(String shopId, String unitId, String stage) {
        if (unitId == null || unitId.isEmpty()) {
            return;
        }
        try {
            records.recordAction(shopId, UnitKeys.of(unitId), stage, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not record an action of shop {} for experiments: {}", shopId, e.getMessage());
        }
    }

    /** Exposures dropped because the queue was full. */
    public long dropped() {
        return dropped.sum();
    }

    /** Writes everything queued and counted so far (for tests, results and shutdown). */
    public synchronized void flush() {
        List<Exposure> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            try {
                records.recordUnits(batch.stream().map(e -> new ExperimentRecords.UnitRow(e.shopId(), e.experimentId(),
                        e.salt(), UnitKeys.of(e.unitId()), e.variant(), e.at())).toList());
            } catch (RuntimeException e) {
                batch.forEach(x -> seen.remove(x.shopId() + '\n' + x.experimentId() + '\n' + x.salt() + '\n' + x.unitId()));
                dropped.add(batch.size());
                LOG.warn("Could not record {} experiment units: {}", batch.size(), e.getMessage());
            }
        }
        List<ExperimentRecords.CountRow> rows = new ArrayList<>();
        Instant now = clock.instant();
        counters.forEach((c, adder) -> {
            long n = adder.sumThenReset();
            if (n > 0) {
                rows.add(new ExperimentRecords.CountRow(c.shopId(), c.experimentId(), c.salt(), c.variant(), c.counter(), n, now));
            }
        });
        if (!rows.isEmpty()) {
            try {
                records.recordCounts(rows);
            } catch (RuntimeException e) {
                rows.forEach(r -> counters.computeIfAbsent(new Counter(r.shopId(), r.experimentId(), r.salt(), r.variant(),
                        r.counter()), k -> new LongAdder()).add(r.amount()));
                LOG.warn("Could not record experiment counts, kept for the next try: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
