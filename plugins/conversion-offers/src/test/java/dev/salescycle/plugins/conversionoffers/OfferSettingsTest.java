package dev.salescycle.plugins.conversionoffers;

import static dev.salescycle.plugins.conversionoffers.Carts.cart;
import static dev.salescycle.plugins.conversionoffers.Carts.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class OfferSettingsTest {

    private final ConversionOffers plugin = new ConversionOffers();

    @Test
    void everyDefaultIsValidAndReadsAsDocumented() {
        OfferSettings settings = OfferSettings.read(TestPluginContext.forHook(plugin).build().settings());

        assertThat(settings.firstOrderDiscountPercent()).isEqualTo(10);
        assertThat(settings.firstOrderCoupon()).isEqualTo("WELCOME10");
        assertThat(settings.freeShipping()).isTrue();
        assertThat(settings.freeShippingThreshold()).isEqualByComparingTo("50.00");
        assertThat(settings.bundles()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"firstOrderDiscountPercent, 91", "firstOrderDiscountPercent, -1", "firstOrderDiscountPercent, ten",
            "firstOrderDiscountPercent, 9.5", "freeShippingThreshold, -5", "freeShippingThreshold, fifty",
            "freeShipping, maybe", "bundles, beans+grinder"})
    void rejectsBadValuesNamingTheSetting(String setting, String value) {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting(setting, value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(setting + ":");
    }

    @Test
    void rejectsUnknownSettings() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("threshold", "50").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold: unknown setting");
    }

    @Test
    void rejectsBundlesGivenAsAMap() {
        assertBadBundles(Map.of("skus", List.of("a", "b")), "bundles: expected a list");
    }

    @Test
    void rejectsABundleThatIsNotAMap() {
        assertBadBundles(List.of("a+b"), "bundles[0]: expected a map");
    }

    @Test
    void rejectsABundleWithAnUnknownField() {
        assertBadBundles(List.of(Map.of("skus", List.of("a", "b"), "percent", 10)), "bundles[0]: unknown field 'percent'");
    }

    @Test
    void rejectsABundleWithoutTwoDifferentSkus() {
        assertBadBundles(List.of(Map.of("skus", List.of("a", "b"), "percentOff", 10),
                Map.of("skus", List.of("a", "a"), "percentOff", 10)), "bundles[1].skus:");
        assertBadBundles(List.of(Map.of("percentOff", 10)), "bundles[0].skus:");
        assertBadBundles(List.of(Map.of("skus", "a,b", "percentOff", 10)), "bundles[0].skus:");
        assertBadBundles(List.of(Map.of("skus", List.of("a", " "), "percentOff", 10)), "bundles[0].skus:");
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "90.5", "ten"})
    void rejectsABundlePercentOutsideZeroToNinety(String percent) {
        assertBadBundles(List.of(Map.of("skus", List.of("a", "b"), "percentOff", percent)),
                "bundles[0].percentOff: expected a number above 0 and at most 90, got " + percent);
    }

    @Test
    void rejectsABundleWithoutPercent() {
        assertBadBundles(List.of(Map.of("skus", List.of("a", "b"))), "bundles[0].percentOff:");
    }

    private void assertBadBundles(Object bundles, String message) {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("bundles", bundles).build();

        assertThatThrownBy(() -> plugin.shopStarted(context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
        assertThatThrownBy(() -> plugin.offers(cart(null, line("a", "A", 1, "1.00")), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }
}
