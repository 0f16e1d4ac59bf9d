package dev.salescycle.host.access;

import dev.salescycle.host.config.RateLimit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Takes one token from a client's bucket and from its shop's, answering with {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} of the client's bucket, or refusing with 429 and
 * {@code Retry-After} when either is empty.
 */
final class Limiter {

    private final Buckets perClient;
    private final Bucket perShop;
    private final RateLimit shopLimit;

    /** @param perShop the shop-wide limit, or null for a route outside any shop */
    Limiter(RateLimit perClient, RateLimit perShop, int maxClients) {
        this.perClient = new Buckets(perClient, maxClients);
        this.shopLimit = perShop;
        this.perShop = perShop == null ? null : Buckets.newBucket(perShop);
    }

    void take(String client, HttpServletResponse response) {
        ConsumptionProbe mine = perClient.of(client).tryConsumeAndReturnRemaining(1);
        if (!mine.isConsumed()) {
            throw refused("client", perClient.limit(), mine);
        }
        if (perShop != null) {
            ConsumptionProbe shop = perShop.tryConsumeAndReturnRemaining(1);
            if (!shop.isConsumed()) {
                throw refused("shop", shopLimit, shop);
            }
        }
        response.setHeader("RateLimit-Limit", Long.toString(perClient.limit().requests()));
        response.setHeader("RateLimit-Remaining", Long.toString(mine.getRemainingTokens()));
        response.setHeader("RateLimit-Reset", Long.toString(seconds(mine.getNanosToWaitForReset())));
    }

    private static AccessException refused(String scope, RateLimit limit, ConsumptionProbe probe) {
        String wait = Long.toString(Math.max(1, seconds(probe.getNanosToWaitForRefill())));
        return new AccessException(429, "rate_limited", "too many requests from this " + scope + " (at most "
                + limit.requests() + " per " + limit.period() + "); retry after " + wait + " s",
                Map.of("Retry-After", wait, "RateLimit-Limit", Long.toString(limit.requests()),
                        "RateLimit-Remaining", "0", "RateLimit-Reset", wait));
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
