package dev.salescycle.host.access;

import dev.salescycle.host.config.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Takes one token from a client's bucket and from its shop's, answering with {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} of the client's bucket, or refusing with 429 and
 * {@code Retry-After} when either is empty. A request that passes allocates nothing here: no probe objects,
 * and the header values of small numbers come from a table.
 */
final class Limiter {

    private static final String[] NUMBERS = new String[4096];

    static {
        for (int i = 0; i < NUMBERS.length; i++) {
            NUMBERS[i] = Integer.toString(i);
        }
    }

    private final Buckets perClient;
    private final Bucket perShop;
    private final RateLimit shopLimit;
    private final String clientLimit;
    private final long periodSeconds;

    /** @param perShop the shop-wide limit, or null for a route outside any shop */
    Limiter(RateLimit perClient, RateLimit perShop, int maxClients) {
        this.perClient = new Buckets(perClient, maxClients);
        this.clientLimit = text(perClient.requests());
        this.periodSeconds = Math.max(1, perClient.period().toSeconds());
        this.shopLimit = perShop;
        this.perShop = perShop == null ? null : Buckets.newBucket(perShop);
    }

    void take(String client, HttpServletResponse response) {
        Bucket mine = perClient.of(client);
        if (!mine.tryConsume(1)) {
            throw refused("client", perClient.limit(), mine);
        }
        if (perShop != null && !perShop.tryConsume(1)) {
            throw refused("shop", shopLimit, perShop);
        }
        long remaining = mine.getAvailableTokens();
        long capacity = perClient.limit().requests();
        response.setHeader("RateLimit-Limit", clientLimit);
        response.setHeader("RateLimit-Remaining", text(remaining));
        // refilled evenly, the bucket is full again after the missing share of a period, in whole seconds up
        response.setHeader("RateLimit-Reset", text(((capacity - remaining) * periodSeconds + capacity - 1) / capacity));
    }

    private static AccessException refused(String scope, RateLimit limit, Bucket bucket) {
        EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
        String wait = text(Math.max(1, seconds(estimate.getNanosToWaitForRefill())));
        return new AccessException(429, "rate_limited", "too many requests from this " + scope + " (at most "
                + limit.requests() + " per " + limit.period() + "); retry after " + wait + " s",
                Map.of("Retry-After", wait, "RateLimit-Limit", text(limit.requests()),
                        "RateLimit-Remaining", "0", "RateLimit-Reset", wait));
    }

    private static String text(long n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[(int) n] : Long.toString(n);
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
