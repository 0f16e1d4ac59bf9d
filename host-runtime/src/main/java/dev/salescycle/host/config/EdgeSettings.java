package dev.salescycle.host.config;

import java.time.Duration;
import java.util.List;

/**
 * How the host meets the network ({@code host.bind}, {@code host.trustedProxies}, {@code host.allowPluginUpload},
 * {@code host.rateLimits}, {@code host.http}, {@code host.leads}).
 *
 * @param bind the address the server listens on; 127.0.0.1 unless told otherwise
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} names the client
 * @param allowPluginUpload whether {@code POST}/{@code PUT /admin/plugins} may carry plugin code
 * @param rateLimits the browser routes' limits
 * @param idleTimeout how long a connection may stay silent
 * @param headerTimeout how long a request's line and headers may take to arrive
 * @param minRequestDataRate the slowest a request body may arrive, in bytes per second (0: no minimum)
 * @param maxConnections how many connections the server holds at once
 * @param leadConfirmWithin how long a lead's marketing consent from a browser waits for its confirmation
 */
public record EdgeSettings(String bind, List<String> trustedProxies, boolean allowPluginUpload, RateLimits rateLimits,
                           Duration idleTimeout, Duration headerTimeout, long minRequestDataRate, int maxConnections,
                           Duration leadConfirmWithin) {

    public EdgeSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** Loopback, no proxies, no uploads, default limits, 30 s idle, 10 s for headers, 1 KiB/s, 10,000 connections, 7 days. */
    public static final EdgeSettings DEFAULTS = new EdgeSettings("127.0.0.1", List.of(), false, RateLimits.DEFAULTS,
            Duration.ofSeconds(30), Duration.ofSeconds(10), 1024, 10_000, Duration.ofDays(7));
}
