package dev.salescycle.host.dispatch;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * How long a hook's answered calls took over about the last hour: twelve five-minute slots, each a histogram of
 * buckets a quarter of a power of two wide (at most 19% apart), from 1 µs to 18 minutes. Recording is an atomic
 * increment, no allocation and no clock read (the caller has the time); a percentile reads about 1,500
 * counters and is meant for an operator's page.
 */
final class LatencyWindow {

    private static final int SLOTS = 12;
    private static final long SLOT_NANOS = 5L * 60 * 1_000_000_000L;
    private static final int MIN_EXP = 10;
    private static final int MAX_EXP = 40;
    private static final int BUCKETS = (MAX_EXP - MIN_EXP + 1) * 4;

    private final AtomicLongArray counts = new AtomicLongArray(SLOTS * BUCKETS);
    private final AtomicLongArray periodOf = new AtomicLongArray(SLOTS);
    private final LongSupplier nanoClock;

    LatencyWindow(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        for (int i = 0; i < SLOTS; i++) {
            periodOf.set(i, Long.MIN_VALUE);
        }
    }

    /** @param atNanos when the call ended, on the clock this window reads ({@link System#nanoTime()}) */
    void record(long nanos, long atNanos) {
        long period = Math.floorDiv(atNanos, SLOT_NANOS);
        int slot = (int) Math.floorMod(period, SLOTS);
        if (periodOf.get(slot) != period) {
            reuse(slot, period);
        }
        counts.incrementAndGet(slot * BUCKETS + bucket(nanos));
    }

    /**
     * The time within which the given share of the calls of the last hour answered (the upper edge of its
     * bucket), or -1 when none answered.
     */
    long percentileNanos(double share) {
        long now = Math.floorDiv(nanoClock.getAsLong(), SLOT_NANOS);
        long[] merged = new long[BUCKETS];
        long total = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            long period = periodOf.get(slot);
            if (period > now - SLOTS && period <= now) {
                for (int b = 0; b < BUCKETS; b++) {
                    long n = counts.get(slot * BUCKETS + b);
                    merged[b] += n;
                    total += n;
                }
            }
        }
        if (total == 0) {
            return -1;
        }
        long wanted = (long) Math.ceil(share * total);
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += merged[b];
            if (seen >= wanted) {
                return upperEdge(b);
            }
        }
        return upperEdge(BUCKETS - 1);
    }

    private synchronized void reuse(int slot, long period) {
        if (periodOf.get(slot) != period) {
            for (int b = 0; b < BUCKETS; b++) {
                counts.set(slot * BUCKETS + b, 0);
            }
            periodOf.set(slot, period);
        }
    }

    static int bucket(long nanos) {
        int exp = 63 - Long.numberOfLeadingZeros(Math.max(nanos, 1));
        if (exp < MIN_EXP) {
            return 0;
        }
        if (exp > MAX_EXP) {
            return BUCKETS - 1;
        }
        return (exp - MIN_EXP) * 4 + (int) ((nanos >>> (exp - 2)) & 3);
    }

    static long upperEdge(int bucket) {
        int exp = bucket / 4 + MIN_EXP;
        return (4L + bucket % 4 + 1) << (exp - 2);
    }
}
