package dev.salescycle.host.config;

import java.util.List;

/**
 * Who may call a shop's routes: the SHA-256 digests of its server's API keys (several during a rotation; the
 * keys themselves are not kept), the exact browser origins allowed to call its browser routes, and its rate
 * limits.
 *
 * @param keyDigests lower-case hex SHA-256 of each active API key
 * @param allowedOrigins origins such as {@code https://shop.example.com}, exactly as browsers send them
 * @param rateLimits the limits of its browser routes (the host's unless the shop sets its own)
 */
public record ShopAccess(List<String> keyDigests, List<String> allowedOrigins, RateLimits rateLimits) {

    public ShopAccess {
        keyDigests = List.copyOf(keyDigests);
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** No keys and no origins, with the host's default limits. */
    public static final ShopAccess NONE = new ShopAccess(List.of(), List.of(), RateLimits.DEFAULTS);
}
