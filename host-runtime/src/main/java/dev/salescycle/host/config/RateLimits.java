package dev.salescycle.host.config;

/**
 * The token-bucket limits of the browser's routes ({@code host.rateLimits}, and a shop's own
 * {@code rateLimits} over them): lead capture, and the other browser routes (cart evaluation, thank-you
 * page, mail links, health), each per client address and per shop.
 *
 * @param enabled whether requests are limited at all
 * @param leadsPerClient lead capture, per client address and shop
 * @param leadsPerShop lead capture, per shop from all clients
 * @param browserPerClient the other browser routes, per client address
 * @param browserPerShop the other browser routes, per shop from all clients
 */
public record RateLimits(boolean enabled, RateLimit leadsPerClient, RateLimit leadsPerShop, RateLimit browserPerClient,
                         RateLimit browserPerShop) {

    /** 20 leads a minute per client and 600 per shop; 300 other calls a minute per client and 30,000 per shop. */
    public static final RateLimits DEFAULTS = new RateLimits(true,
            new RateLimit(20, java.time.Duration.ofMinutes(1)), new RateLimit(600, java.time.Duration.ofMinutes(1)),
            new RateLimit(300, java.time.Duration.ofMinutes(1)), new RateLimit(30_000, java.time.Duration.ofMinutes(1)));
}
