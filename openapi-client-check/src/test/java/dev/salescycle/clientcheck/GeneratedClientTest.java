package dev.salescycle.clientcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.salescycle.client.ApiClient;
import dev.salescycle.client.ApiException;
import dev.salescycle.client.api.HostApi;
import dev.salescycle.client.api.StorefrontApi;
import dev.salescycle.client.model.BlockType;
import dev.salescycle.client.model.CartEvaluation;
import dev.salescycle.client.model.CartLine;
import dev.salescycle.client.model.CartRequest;
import dev.salescycle.client.model.Health;
import dev.salescycle.client.model.OfferType;
import dev.salescycle.client.model.OrderRequest;
import dev.salescycle.client.model.PlacedOrder;
import dev.salescycle.testkit.RunningHost;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client that openapi-generator made from host-runtime's openapi.json in this build, calling a real host
 * with real plugins as a shop's server would: the description is usable as it is committed.
 */
@Timeout(300)
class GeneratedClientTest {

    private static final String KEY = "client-check-shop-key-0000000000";
    private static final Map<String, String> SHOP_SERVER = Map.of("Authorization", "Bearer " + KEY);

    @TempDir
    static Path dir;
    static RunningHost host;
    static ApiClient client;

    @BeforeAll
    static void start() {
        Path plugins = Path.of(System.getProperty("salescycle.test.plugins"));
        host = RunningHost.builder(dir)
                .plugin(plugins.resolve("conversion-offers.zip"))
                .plugin(plugins.resolve("thank-you-referral.zip"))
                .config("""
                        shops:
                          coffee:
                            currency: EUR
                            apiKeys: [ "%s" ]
                            plugins:
                              - id: conversion-offers
                                settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                              - thank-you-referral
                        """.formatted(KEY)).start();
        client = new ApiClient();
        client.updateBaseUri(host.baseUri().toString().replaceAll("/$", ""));
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @Test
    void healthSaysUpWithTheLoadedPlugins() throws ApiException {
        Health health = new HostApi(client).getHealth();
        assertThat(health.getStatus()).isEqualTo(Health.StatusEnum.UP);
        assertThat(health.getPlugins()).extracting(p -> p.getId()).contains("conversion-offers", "thank-you-referral");
        assertThat(health.getShops()).containsExactly("coffee");
    }

    @Test
    void aCartGetsTypedOffersWithTheirReferences() throws ApiException {
        CartEvaluation evaluation = new StorefrontApi(client).evaluateCart("coffee", new CartRequest().currency("EUR")
                .lines(List.of(new CartLine().sku("beans").quantity(2).unitPrice("12.50"))));
        assertThat(evaluation.getSubtotal()).isEqualTo("25.00");
        assertThat(evaluation.getOffers()).extracting(o -> o.getType()).contains(OfferType.NUDGE);
        assertThat(evaluation.getOffers()).allSatisfy(o -> assertThat(o.getRef()).isNotBlank());
    }

    @Test
    void anOrderPlacedWithTheShopKeyAnswersItsThankYouBlocks() throws ApiException {
        StorefrontApi api = new StorefrontApi(client);
        OrderRequest order = new OrderRequest().orderId("gen-1").customerEmail("ada@example.org").customerName("Ada")
                .currency("EUR").total("24.00").lines(List.of(new CartLine().sku("dripper").quantity(1).unitPrice("24.00")));
        PlacedOrder placed = api.placeOrder("coffee", order, "gen-1", SHOP_SERVER);
        assertThat(placed.getOrderId()).isEqualTo("gen-1");
        assertThat(placed.getThankYouToken()).isNotBlank();
        assertThat(placed.getThankYou().getBlocks()).extracting(b -> b.getType()).contains(BlockType.HEADING);
        assertThat(api.getThankYouPage("coffee", "gen-1", placed.getThankYouToken(), null).getBlocks())
                .hasSameSizeAs(placed.getThankYou().getBlocks());

        ApiException refused = catchThrowableOfType(ApiException.class, () -> api.placeOrder("coffee", order, "gen-1"));
        assertThat(refused.getCode()).isEqualTo(401);
        assertThat(refused.getResponseBody()).contains("\"unauthorized\"");
    }
}
