package dev.salescycle.host.access;

import dev.salescycle.host.config.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.SynchronizationStrategy;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Token buckets of one limit, one per key (a client address). Bounded: past {@code maxKeys} the full buckets
 * (of clients quiet long enough to have refilled, the same as new ones) are dropped, and if that is not enough,
 * all of them, so that a flood of addresses costs memory only up to the bound.
 */
final class Buckets {

    private final RateLimit limit;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();

    Buckets(RateLimit limit, int maxKeys) {
        this.limit = limit;
        this.maxKeys = maxKeys;
    }

    RateLimit limit() {
        return limit;
    }

    Bucket of(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxKeys) {
            sweep();
        }
        return buckets.computeIfAbsent(key, k -> newBucket(limit));
    }

    /** A bucket that changes its state in place under a lock: the lock-free kind copies its state on every take. */
    static Bucket newBucket(RateLimit limit) {
        return Bucket.builder().addLimit(b -> b.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED).build();
    }

    private void sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return;
        }
        try {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= limit.requests());
            if (buckets.size() >= maxKeys) {
                buckets.clear();
            }
        } finally {
            sweeping.set(false);
        }
    }
}
