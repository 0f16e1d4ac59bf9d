package dev.salescycle.bench.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.plugins.copurchase.CoPurchaseUpsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A small synthetic shop is reproducible, learns, and answers carts like the benchmarks use. */
@Timeout(600)
class SyntheticShopSanityTest {

    @Test
    void theSameSeedGivesTheSameShop() {
        SyntheticShop first = SyntheticShop.generate(1_000, 500, 7);
        SyntheticShop second = SyntheticShop.generate(1_000, 500, 7);

        for (int order = 0; order < 1_000; order += 97) {
            assertThat(first.lines(order)).isEqualTo(second.lines(order));
        }
        assertThat(first.carts(10, 5)).isEqualTo(second.carts(10, 5));
    }

    @Test
    void aTenThousandOrderShopLearnsAndAnswers() {
        SyntheticShop shop = SyntheticShop.generate(10_000, 2_000, 42);
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        TestPluginContext context = Contexts.of(plugin, new SyntheticOrderHistory(shop), Map.of("maxItems", 5));
        plugin.shopStarted(context);

        List<Recommendation> best = plugin.recommend(cart(List.of()), context);
        assertThat(best).hasSize(5).allSatisfy(r -> assertThat(r.reason()).isEqualTo("Best-seller"));
        assertThat(best.get(0).sku()).isEqualTo(SyntheticShop.sku(0));

        long answered = shop.carts(200, 5).stream()
                .map(lines -> plugin.recommend(new Cart(null, null, Currency.getInstance("EUR"), lines), context))
                .filter(recs -> !recs.isEmpty())
                .peek(recs -> assertThat(recs).hasSizeLessThanOrEqualTo(5)
                        .allSatisfy(r -> assertThat(r.evidence()).containsKeys("antecedent", "lift", "orders")))
                .count();
        assertThat(answered).isGreaterThan(100);
    }

    private static Cart cart(List<CartLine> lines) {
        return new Cart(null, null, Currency.getInstance("EUR"), lines);
    }
}
