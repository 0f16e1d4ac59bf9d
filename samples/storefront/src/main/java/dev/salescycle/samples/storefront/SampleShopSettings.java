package dev.salescycle.samples.storefront;

import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the sample shop's server is started with.
 *
 * @param bind       the address to listen on
 * @param port       the port to listen on; 0 picks a free one
 * @param salescycle the Salescycle host's base URI, such as {@code http://localhost:8080/} (asked on each use)
 * @param shop       the shop's id on the host
 * @param apiKey     one of the shop's API keys
 */
public record SampleShopSettings(String bind, int port, Supplier<URI> salescycle, String shop, String apiKey) {

    /** The host the pages name when none is configured; the server writes the configured one in its place. */
    public static final String DEFAULT_HOST = "http://localhost:8080";

    /** Requires every value; the key is a secret with no default. */
    public SampleShopSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(salescycle, "salescycle");
        Objects.requireNonNull(shop, "shop");
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("SHOP_API_KEY is not set: the shop's API key on the host "
                    + "(the demo prints the one of demo-coffee at start)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT must be between 0 and 65535, not " + port);
        }
    }

    /**
     * Reads {@code SHOP_API_KEY} (required), {@code SALESCYCLE_URL} (default {@value #DEFAULT_HOST}),
     * {@code SALESCYCLE_SHOP} (default {@code demo-coffee}), {@code PORT} (default 8081) and {@code BIND}
     * (default {@code 127.0.0.1}).
     */
    public static SampleShopSettings fromEnvironment(UnaryOperator<String> env) {
        URI host = URI.create(or(env.apply("SALESCYCLE_URL"), DEFAULT_HOST).replaceAll("/+$", "") + "/");
        String port = or(env.apply("PORT"), "8081");
        try {
            return new SampleShopSettings(or(env.apply("BIND"), "127.0.0.1"), Integer.parseInt(port), () -> host,
                    or(env.apply("SALESCYCLE_SHOP"), "demo-coffee"), env.apply("SHOP_API_KEY"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, not " + port, e);
        }
    }

    /** @return the host's origin, such as {@code http://localhost:8080}, as pages and policies name it */
    public String hostOrigin() {
        URI uri = salescycle.get();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** @return the host's base without its last slash, such as {@code https://example.com/sales}, where pages load its scripts */
    public String hostBase() {
        return salescycle.get().toString().replaceAll("/+$", "");
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
