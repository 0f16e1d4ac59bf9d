package dev.salescycle.samples.storefront;

import dev.salescycle.demo.DemoServer;
import dev.salescycle.demo.DemoSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A real host for the sample's tests: the demo's coffee shop (its catalogue and order history seeded as the demo
 * does) with the bundled plugins the build copied, the sample's origin in its {@code allowedOrigins}, and secrets
 * made for this run: the sample's key, and the one the demo makes for itself to seed the shop.
 */
final class TestHost {

    static final String SHOP = "demo-coffee";

    private TestHost() {
    }

    static DemoServer start(Path folder, URI sampleShop, String apiKey) throws Exception {
        Path config = folder.resolve("salescycle.yaml");
        Files.writeString(config, config(origin(sampleShop), apiKey, secret()));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        DemoServer host = DemoServer.start(new DemoSettings(config, pluginsDir(), folder.resolve("data"), 0),
                new PrintStream(report, true, StandardCharsets.UTF_8));
        String said = report.toString(StandardCharsets.UTF_8);
        if (!said.contains(SHOP + ": 15 products, 240 past orders imported")) {
            host.close();
            throw new IllegalStateException("the demo shop was not seeded, so nothing would be recommended: " + said);
        }
        return host;
    }

    /** @return a secret of 32 characters, such as an API key */
    static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String config(String sampleOrigin, String key, String adminToken) throws IOException {
        return """
                host:
                  bind: 127.0.0.1
                  adminToken: "%s"
                  # The test judges what the sample does, not how fast plugins answer on a busy machine.
                  hookBudget: 1000ms
                  requestBudget: 2500ms
                shops:
                  %s:
                    currency: EUR
                    apiKeys: [ "%s", "${DEMO_COFFEE_API_KEY}" ]
                    allowedOrigins: [ "%s" ]
                    plugins:
                      - id: lead-scoring
                      - id: conversion-offers
                        settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                      - id: co-purchase-upsell
                        settings: { maxItems: 4, rankBy: lift, minSupport: 0.006, minConfidence: 0.25 }
                      - id: thank-you-referral
                      - id: retention-drip
                """.formatted(adminToken, SHOP, key, sampleOrigin);
    }

    private static Path pluginsDir() {
        return Path.of(System.getProperty("sample.plugins.dir", "target/plugins")).toAbsolutePath();
    }
}
