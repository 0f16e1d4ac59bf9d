package dev.salescycle.host.config;

import java.time.Duration;

/**
 * A token bucket: at most {@code requests} at once, refilled evenly to {@code requests} per {@code period}.
 * Written {@code "300/1m"} (also {@code s}, {@code h}, or an ISO-8601 duration after the slash).
 *
 * @param requests the bucket's capacity and its refill per period
 * @param period the refill period
 */
public record RateLimit(long requests, Duration period) {

    @Override
    public String toString() {
        return requests + "/" + period;
    }
}
