package dev.salescycle.host.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Slows down guessing of keys and the admin token per client address: after {@value #FREE} wrong credentials
 * in a row, the address waits 1 s, then 2, 4, ... up to 5 minutes before any credential of it is checked again;
 * a right one clears the count. Only the wait is answered (429 with {@code Retry-After}), never whether the
 * credential would have been right.
 */
final class AuthBackoff {

    static final int FREE = 3;
    private static final long MAX_WAIT_NANOS = TimeUnit.MINUTES.toNanos(5);
    private static final int MAX_ADDRESSES = 50_000;

    private record Strikes(int count, long lockedUntil, long lastAt) {
    }

    private final ConcurrentHashMap<String, Strikes> strikes = new ConcurrentHashMap<>();

    /** Refuses an address that must still wait. */
    void check(String client) {
        Strikes s = strikes.get(client);
        long now = System.nanoTime();
        if (s != null && now - s.lockedUntil() < 0) {
            String wait = Long.toString(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(s.lockedUntil() - now) + 1));
            throw new AccessException(429, "too_many_failures", "too many wrong credentials from this address; retry after "
                    + wait + " s", Map.of("Retry-After", wait));
        }
    }

    void failed(String client) {
        if (strikes.size() >= MAX_ADDRESSES) {
            long now = System.nanoTime();
            strikes.values().removeIf(s -> now - s.lastAt() > TimeUnit.MINUTES.toNanos(10));
        }
        strikes.compute(client, (k, s) -> {
            long now = System.nanoTime();
            int count = s == null ? 1 : s.count() + 1;
            long wait = count <= FREE ? 0 : Math.min(MAX_WAIT_NANOS, TimeUnit.SECONDS.toNanos(1L << Math.min(20, count - FREE - 1)));
            return new Strikes(count, now + wait, now);
        });
    }

    void succeeded(String client) {
        if (!strikes.isEmpty()) {
            strikes.remove(client);
        }
    }
}
