package dev.salescycle.bench.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.bench.copurchase.SyntheticShop;
import dev.salescycle.sdk.model.CartLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop every HTTP run uses: 10,000 products and 100,000 past orders from the seeded synthetic shop
 * (long-tail popularity, items bought together), all five bundled plugins, and 5-line carts drawn like orders.
 */
final class BenchShop {

    static final String ID = "bench";
    static final int PRODUCTS = 10_000;
    static final int ORDERS = 100_000;
    static final int CUSTOMERS = 20_000;
    static final long SEED = 7;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FIRST_ORDER = Instant.parse("2025-01-01T00:00:00Z");

    private final SyntheticShop shop = SyntheticShop.generate(ORDERS, PRODUCTS, SEED);

    /** The shop's API key, with which the seeder writes the catalogue and the history. */
    static final String KEY = "bench-shop-server-key-00000000";
    /** The storefront origin the browser's requests come from when the edge's checks are on. */
    static final String ORIGIN = "https://bench.example";

    /**
     * The operator config: the shop with the five bundled plugins, a bundle deal on two popular items.
     *
     * @param edge whether the browser routes' rate limits are on (high enough never to refuse the load, so that
     *     every request takes its tokens) and the shop allows {@link #ORIGIN}; off, neither
     */
    static String config(boolean edge) {
        return config(edge, false);
    }

    /**
     * @param experiment whether the shop runs an experiment on its offers: half of the visitors get the
     *     configured conversion offers, half the same plugin with a larger first-order discount
     */
    static String config(boolean edge, boolean experiment) {
        return plain(edge) + (experiment ? """
                    experiments:
                      - id: bench-offer
                        salt: "1"
                        stage: conversion-offer
                        guardrails: [ timeouts, breakerTrips ]
                        variants:
                          - { name: control, weight: 1, plugin: conversion-offers }
                          - { name: fifteen, weight: 1, plugin: conversion-offers, settings: { firstOrderDiscountPercent: 15 } }
                """ : "");
    }

    private static String plain(boolean edge) {
        String limits = edge ? "{ browser: { perClient: 100000000/1m, perShop: 100000000/1m } }" : "{ enabled: false }";
        return """
                host:
                  port: 0
                  adminToken: bench-admin-token
                  rateLimits: %s
                shops:
                  %s:
                    currency: EUR
                    apiKeys: [ "%s" ]
                    allowedOrigins: [ "%s" ]
                    plugins:
                      - id: lead-scoring
                      - id: conversion-offers
                        settings:
                          freeShippingThreshold: "50.00"
                          firstOrderDiscountPercent: 10
                          bundles:
                            - { skus: [%s, %s], percentOff: 10, title: "Better together" }
                      - id: co-purchase-upsell
                        settings: { maxItems: 4, rankBy: lift }
                      - id: thank-you-referral
                      - id: retention-drip
                """.formatted(limits, ID, KEY, ORIGIN, SyntheticShop.sku(0), SyntheticShop.sku(1));
    }

    static String price(int item) {
        int cents = 199 + (item * 7919) % 4800;
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    /** PUT /products bodies of at most {@code batch} products each. */
    List<byte[]> productBatches(int batch) {
        List<byte[]> out = new ArrayList<>();
        for (int from = 0; from < PRODUCTS; from += batch) {
            List<Map<String, Object>> products = new ArrayList<>();
            for (int i = from; i < Math.min(PRODUCTS, from + batch); i++) {
                products.add(ordered("sku", SyntheticShop.sku(i), "name", "Product " + i, "price", price(i),
                        "currency", "EUR", "url", "https://shop.example/p/" + i));
            }
            out.add(bytes(products));
        }
        return out;
    }

    /** The past orders as NDJSON, one a line, spread over a year, five per customer. */
    byte[] ordersNdjson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ORDERS * 400);
        long spacing = Duration.ofDays(365).toSeconds() / ORDERS;
        for (int i = 0; i < ORDERS; i++) {
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("orderId", "past-" + i);
            order.put("customerEmail", email(i % CUSTOMERS));
            order.put("currency", "EUR");
            order.put("lines", lines(shop.lines(i)));
            order.put("placedAt", FIRST_ORDER.plusSeconds(i * spacing).toString());
            out.writeBytes(bytes(order));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /**
     * Carts of five lines drawn like orders; every other one names a customer who has ordered before,
     * so the first-order offer looks the customer up.
     */
    List<byte[]> carts(int count) {
        List<byte[]> out = new ArrayList<>();
        List<List<CartLine>> drawn = shop.carts(count, 5);
        for (int i = 0; i < drawn.size(); i++) {
            Map<String, Object> cart = new LinkedHashMap<>();
            cart.put("cartId", "cart-" + i);
            if (i % 2 == 1) {
                cart.put("customerEmail", email(i * 7 % CUSTOMERS));
            }
            cart.put("currency", "EUR");
            cart.put("lines", lines(drawn.get(i)));
            out.add(bytes(cart));
        }
        return out;
    }

    private static List<Map<String, Object>> lines(List<CartLine> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CartLine line : lines) {
            int item = Integer.parseInt(line.sku().substring(4));
            out.add(ordered("sku", line.sku(), "quantity", 1, "unitPrice", price(item)));
        }
        return out;
    }

    /** A map that keeps its keys in the order given, so every run sends the same bytes. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    static String email(int customer) {
        return "shopper-" + customer + "@example.org";
    }

    static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
