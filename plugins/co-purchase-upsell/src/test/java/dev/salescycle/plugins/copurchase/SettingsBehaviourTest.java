package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/** rankBy, maxItems, excludeSkus, minConfidence and the handling of odd carts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class SettingsBehaviourTest {

    private static final List<String> CART = List.of("sausage");
    private GroceriesFixture groceries;

    @BeforeAll
    void learn() {
        groceries = new GroceriesFixture();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lift", "confidence", "support"})
    void rankByOrdersByThatMeasure(String rankBy) {
        List<Recommendation> recs = groceries.recommend(Carts.of(CART), "rankBy", rankBy, "maxItems", 10);

        assertThat(recs).hasSize(10);
        assertThat(recs).extracting(r -> Carts.number(r, rankBy)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(recs).allSatisfy(r -> assertThat(r.score()).isEqualTo(Carts.number(r, rankBy)));
    }

    @Test
    void rankByChangesWhatComesFirst() {
        String byLift = groceries.recommend(Carts.of(CART), "rankBy", "lift").get(0).sku();
        String bySupport = groceries.recommend(Carts.of(CART), "rankBy", "support").get(0).sku();

        String mostBoughtWith = groceries.bruteForce.itemCounts().keySet().stream()
                .filter(item -> !CART.contains(item))
                .max(Comparator.comparingLong(item -> groceries.bruteForce.count(CART, item))).orElseThrow();
        assertThat(bySupport).isEqualTo(mostBoughtWith);
        assertThat(byLift).isNotEqualTo(bySupport);
    }

    @Test
    void maxItemsCapsTheList() {
        assertThat(groceries.recommend(Carts.of(CART))).hasSize(4);
        assertThat(groceries.recommend(Carts.of(CART), "maxItems", 1)).hasSize(1);
        assertThat(groceries.recommend(Carts.of(CART), "maxItems", 12, "minConfidence", "0")).hasSize(12);
    }

    @Test
    void excludedSkusAreNeverRecommended() {
        List<Recommendation> plain = groceries.recommend(Carts.of(CART), "rankBy", "support");
        String first = plain.get(0).sku();
        String second = plain.get(1).sku();

        List<Recommendation> excluding = groceries.recommend(Carts.of(CART), "rankBy", "support",
                "excludeSkus", List.of(first, " " + second + " "));

        assertThat(excluding).extracting(Recommendation::sku).doesNotContain(first, second);
        assertThat(excluding.get(0).sku()).isEqualTo(plain.get(2).sku());
    }

    @Test
    void minConfidenceDropsWeakRules() {
        List<Recommendation> recs = groceries.recommend(Carts.of(CART), "minConfidence", "0.2", "maxItems", 50);

        assertThat(recs).isNotEmpty().allSatisfy(r -> assertThat(Carts.number(r, "confidence")).isGreaterThanOrEqualTo(0.2));
        assertThat(groceries.recommend(Carts.of(CART), "minConfidence", "0.1", "maxItems", 50)).hasSizeGreaterThan(recs.size());
    }

    @Test
    void unknownSkusRepeatsAndQuantitiesAreIgnored() {
        List<Recommendation> plain = groceries.recommend(Carts.of(CART));

        List<Recommendation> noisy = groceries.recommend(Carts.of("no-such-sku", " sausage ", "sausage", "other-unknown"));

        assertThat(noisy).isEqualTo(plain);
    }

    @Test
    void cartItemsAreNeverRecommended() {
        List<String> cart = List.of("whole milk", "other vegetables", "rolls/buns");

        List<Recommendation> recs = groceries.recommend(Carts.of(cart), "rankBy", "support", "maxItems", 50);

        assertThat(recs).extracting(Recommendation::sku).doesNotContainAnyElementsOf(cart);
    }

    @Test
    void aShopWithoutOrdersRecommendsNothing() {
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        var context = TestPluginContext.forHook(plugin).build();
        plugin.shopStarted(context);

        assertThat(plugin.recommend(Carts.of(CART), context)).isEmpty();
        assertThat(plugin.recommend(Carts.of(), context)).isEmpty();
    }

    @Test
    void badSettingsAreRejectedWithTheirNames() {
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();

        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("rankBy", "popularity").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rankBy");
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("maxItems", 51).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxItems");
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("minSupport", "1.5").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSupport");
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("excludeSkus", "a").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("excludeSkus");
    }
}
