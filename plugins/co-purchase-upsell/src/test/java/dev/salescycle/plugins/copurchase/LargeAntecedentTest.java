package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cart bought together in tens of thousands of orders: too many orders to walk, so its rules are
 * counted by intersecting bitmaps. The figures must still equal the brute-force count.
 */
@Timeout(120)
class LargeAntecedentTest {

    @Test
    void aVeryFrequentCartIsCountedExactlyByIntersection() {
        Random random = new Random(7);
        List<List<String>> baskets = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            List<String> basket = new ArrayList<>(List.of("bread", "butter"));
            for (int j = 0; j < 40; j++) {
                if (random.nextInt(40) <= j / 4) {
                    basket.add("item-" + j);
                }
            }
            baskets.add(i % 10 == 0 ? basket.subList(1, basket.size()) : basket);
        }
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        plugin.shopStarted(TestPluginContext.forHook(plugin).orders(Groceries.orders(baskets, 0)).build());
        BruteForce bruteForce = new BruteForce(baskets);
        List<String> cart = List.of("bread", "butter");
        assertThat(bruteForce.count(cart) * 5L).as("log entries to walk").isGreaterThan(1 << 16);

        List<Recommendation> recs = plugin.recommend(Carts.of(cart),
                TestPluginContext.forHook(plugin).setting("maxItems", 8).setting("rankBy", "support").build());

        assertThat(recs).hasSize(8);
        for (Recommendation r : recs) {
            assertThat(Carts.antecedent(r)).containsExactlyInAnyOrderElementsOf(cart);
            assertThat(Carts.orders(r)).isEqualTo(bruteForce.count(cart, r.sku()));
            assertThat(Carts.number(r, "confidence")).isCloseTo(bruteForce.confidence(cart, r.sku()), within(1e-9));
            assertThat(Carts.number(r, "lift")).isCloseTo(bruteForce.lift(cart, r.sku()), within(1e-9));
        }
        Map<String, Long> withCart = bruteForce.itemCounts().keySet().stream()
                .filter(item -> !cart.contains(item))
                .collect(Collectors.toMap(item -> item, item -> bruteForce.count(cart, item)));
        List<String> bruteForceTop = withCart.keySet().stream()
                .sorted(Comparator.comparing((String item) -> -withCart.get(item)).thenComparing(Comparator.naturalOrder()))
                .limit(8).toList();
        assertThat(recs).extracting(Recommendation::sku).containsExactlyElementsOf(bruteForceTop);
    }
}
