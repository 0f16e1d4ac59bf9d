package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** When the whole cart is rare, rules fall back to single cart items and say so in the evidence. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class AntecedentFallbackTest {

    private GroceriesFixture groceries;

    @BeforeAll
    void learn() {
        groceries = new GroceriesFixture();
    }

    @Test
    void aRareCartFallsBackToItsSingleItems() {
        List<String> cart = List.of("whole milk", "beef", "chocolate", "coffee");
        assertThat((double) groceries.bruteForce.count(cart) / groceries.bruteForce.orders()).isLessThan(0.001);

        List<Recommendation> recs = groceries.recommend(Carts.of(cart), "maxItems", 6);

        assertThat(recs).hasSize(6);
        for (Recommendation r : recs) {
            assertThat(Carts.antecedent(r)).hasSize(1);
            assertThat(cart).containsAll(Carts.antecedent(r));
            groceries.assertExact(r);
        }
        assertThat(recs).extracting(r -> Carts.antecedent(r).get(0)).hasSizeGreaterThan(1);
    }

    @Test
    void eachCandidateKeepsTheCartItemWithItsBestRule() {
        List<String> cart = List.of("whole milk", "beef", "chocolate", "coffee");

        List<Recommendation> recs = groceries.recommend(Carts.of(cart), "rankBy", "confidence", "maxItems", 6);

        for (Recommendation r : recs) {
            double best = cart.stream()
                    .filter(a -> groceries.bruteForce.count(List.of(a), r.sku()) >= 0.001 * groceries.bruteForce.orders())
                    .mapToDouble(a -> groceries.bruteForce.confidence(List.of(a), r.sku()))
                    .max().orElseThrow();
            assertThat(Carts.number(r, "confidence")).isEqualTo(best);
        }
    }

    @Test
    void slotsTheWholeCartLeavesEmptyAreFilledFromSingleItems() {
        List<String> cart = List.of("root vegetables", "other vegetables", "yogurt");
        long cartOrders = groceries.bruteForce.count(cart);
        long wholeCartRules = groceries.bruteForce.itemCounts().keySet().stream()
                .filter(item -> !cart.contains(item))
                .map(item -> groceries.bruteForce.count(cart, item))
                .filter(both -> both >= 0.003 * groceries.bruteForce.orders() && both >= 0.1 * cartOrders)
                .count();
        assertThat(wholeCartRules).isBetween(1L, 6L);

        List<Recommendation> recs = groceries.recommend(Carts.of(cart),
                "minSupport", "0.003", "minConfidence", "0.1", "maxItems", 10);

        assertThat(recs).hasSize(10).extracting(Recommendation::sku).doesNotHaveDuplicates();
        for (int i = 0; i < recs.size(); i++) {
            assertThat(Carts.antecedent(recs.get(i))).hasSize(i < wholeCartRules ? 3 : 1);
            groceries.assertExact(recs.get(i));
        }
    }

    @Test
    void aRareCartAtAHigherMinimumSupportGetsNoWholeCartRule() {
        List<String> cart = List.of("citrus fruit", "tropical fruit");
        double cartSupport = (double) groceries.bruteForce.count(cart) / groceries.bruteForce.orders();

        List<Recommendation> frequent = groceries.recommend(Carts.of(cart), "minSupport", "0.001");
        List<Recommendation> rare = groceries.recommend(Carts.of(cart),
                "minSupport", String.valueOf(cartSupport + 0.0001));

        assertThat(Carts.antecedent(frequent.get(0))).hasSize(2);
        assertThat(rare).allSatisfy(r -> assertThat(Carts.antecedent(r)).hasSize(1));
    }
}
