package dev.salescycle.host.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ExperimentReaderTest {

    private final ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get);

    private static final String SHOP = """
            shops:
              coffee:
                currency: EUR
                plugins:
                  - id: conversion-offers
                    settings: { freeShippingThreshold: "50.00", firstOrderDiscountPercent: 10 }
                experiments:
            """;

    @Test
    void readsAnExperimentAndLaysVariantSettingsOverTheShopEntry() {
        HostConfig config = loader.parse("shop.yaml", SHOP + """
                      - id: checkout-offer
                        salt: "2026a"
                        stage: conversion-offer
                        metric: revenuePerVisitor
                        revenueCap: "2000"
                        guardrails: { timeouts: 0.01, breakerTrips: 0 }
                        autoPromote: true
                        variants:
                          - { name: free-shipping, weight: 50, plugin: conversion-offers }
                          - { name: ten-percent, weight: 50, plugin: conversion-offers, settings: { firstOrderDiscountPercent: 15 } }
                          - { name: holdout, weight: 0.5, plugin: none }
                """);
        ExperimentConfig experiment = config.shops().get("coffee").experiments().get(0);
        assertThat(experiment.id()).isEqualTo("checkout-offer");
        assertThat(experiment.salt()).isEqualTo("2026a");
        assertThat(experiment.unit()).isEqualTo(ExperimentUnit.VISITOR);
        assertThat(experiment.metric()).isEqualTo(ExperimentMetric.REVENUE_PER_VISITOR);
        assertThat(experiment.revenueCap()).isEqualByComparingTo("2000");
        assertThat(experiment.guardrails()).containsEntry("timeouts", 0.01).containsEntry("breakerTrips", 0.0);
        assertThat(experiment.autoPromote()).isTrue();
        assertThat(experiment.minDuration()).isEqualTo(Duration.ofDays(7));
        assertThat(experiment.variants()).extracting(ExperimentVariant::weight)
                .containsExactly(new BigDecimal("50"), new BigDecimal("50"), new BigDecimal("0.5"));
        assertThat(experiment.variants().get(0).plugin().settings()).containsEntry("firstOrderDiscountPercent", new BigDecimal("10"));
        assertThat(experiment.variants().get(1).plugin().settings()).containsEntry("firstOrderDiscountPercent", new BigDecimal("15"))
                .containsEntry("freeShippingThreshold", "50.00");
        assertThat(experiment.variants().get(2).plugin()).isNull();
        assertThat(experiment.variants().get(1).plugin().settingProblem("x", "bad"))
                .isEqualTo("shops.coffee.experiments[0].variants[1].settings.x: bad (shop.yaml line 17)");
    }

    @Test
    void refusesMalformedExperimentsNamingFileLineAndField() {
        String variants = """
                        variants:
                          - { name: a, weight: 1, plugin: conversion-offers }
                """;
        refused("""
                      - id: e
                        stage: conversion-offer
                        variants:
                          - { name: a, weight: 1 }
                          - { name: b, weight: 0 }
                """, "shops.coffee.experiments[0].variants[1].weight: expected a number greater than 0, at most 10^18"
                + " with at most 18 decimal places, got 0 (s.yaml line 12)", "shops.coffee.experiments[0].variants[1].weight");
        refused("""
                      - id: e
                        stage: conversion-offer
                        variants:
                          - { name: a, weight: -1 }
                          - { name: b, weight: 1 }
                """, "shops.coffee.experiments[0].variants[0].weight: expected a number greater than 0", null);
        refused("""
                      - id: e
                        stage: conversion-offer
                        variants:
                          - { name: a, weight: 1 }
                          - { name: a, weight: 1 }
                """, "shops.coffee.experiments[0].variants[1].name: variant 'a' is named twice in this experiment (s.yaml line 12)",
                "shops.coffee.experiments[0].variants[1].name");
        refused("""
                      - id: "e:1"
                        stage: conversion-offer
                """ + variants, "shops.coffee.experiments[0].id: expected lower-case letters", "shops.coffee.experiments[0].id");
        refused("""
                      - id: e
                        salt: "a:b"
                        stage: conversion-offer
                """ + variants, "shops.coffee.experiments[0].salt: expected text of at most 64 characters without ':'",
                "shops.coffee.experiments[0].salt");
        refused("""
                      - id: e
                        stage: checkout
                """ + variants, "shops.coffee.experiments[0].stage: expected one of [lead-capture, conversion-offer",
                "shops.coffee.experiments[0].stage");
        refused("""
                      - id: e
                        stage: upsell
                        metric: profit
                """ + variants, "shops.coffee.experiments[0].metric: expected conversion, revenuePerVisitor", null);
        refused("""
                      - id: e
                        stage: upsell
                        variants:
                          - { name: a, weight: 1 }
                """, "shops.coffee.experiments[0].variants: expected a list of at least 2 variants", null);
        refused("""
                      - id: e
                        stage: upsell
                        variants: [ { name: a, weight: 1 }, { name: b, weight: 1 } ]
                      - id: e
                        stage: conversion-offer
                        variants: [ { name: a, weight: 1 }, { name: b, weight: 1 } ]
                """, "shops.coffee.experiments[1].id: experiment 'e' is declared twice for this shop (s.yaml line 11)", null);
        refused("""
                      - id: e
                        stage: upsell
                        guardrails: [ refunds ]
                        variants: [ { name: a, weight: 1 }, { name: b, weight: 1 } ]
                """, "shops.coffee.experiments[0].guardrails[0]: unknown guardrail 'refunds'", null);
    }

    @Test
    void readsAnAdminApiBodyNamingFieldsFromItsTop() {
        ShopConfig shop = loader.parse("s.yaml", SHOP + "      []\n").shops().get("coffee");
        ExperimentConfig read = ExperimentReader.fromApi("""
                {"id": "e", "stage": "upsell", "unit": "customer", "variants": [
                  {"name": "a", "weight": 1}, {"name": "b", "weight": 3, "plugin": "conversion-offers"}]}""", shop);
        assertThat(read.unit()).isEqualTo(ExperimentUnit.CUSTOMER);
        assertThat(read.origin()).isEqualTo("api");
        assertThatThrownBy(() -> ExperimentReader.fromApi("""
                {"id": "e", "stage": "upsell", "variants": [{"name": "a", "weight": 1}, {"name": "b", "weight": "x"}]}""", shop))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("variants[1].weight"))
                .hasMessageStartingWith("variants[1].weight: expected a number greater than 0");
    }

    private void refused(String experiments, String message, String field) {
        assertThatThrownBy(() -> loader.parse("s.yaml", SHOP + experiments))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).startsWith(message);
                    if (field != null) {
                        assertThat(e.field()).isEqualTo(field);
                    }
                });
    }
}
