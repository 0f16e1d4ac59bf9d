package dev.salescycle.plugins.copurchase;

import static dev.salescycle.plugins.copurchase.GroceriesFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Timeout;

/** Support, confidence and lift on the real Groceries data equal an independent brute-force count. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class GroceriesRulesTest {

    private GroceriesFixture groceries;

    @BeforeAll
    void learn() {
        groceries = new GroceriesFixture();
    }

    @Test
    void threeItemAntecedentIsTheWholeCartAndExact() {
        List<String> cart = List.of("root vegetables", "other vegetables", "yogurt");
        List<Recommendation> recs = groceries.recommend(Carts.of(cart),
                "rankBy", "confidence", "minConfidence", "0", "maxItems", 50);

        Recommendation milk = find(recs, "whole milk");

        assertThat(Carts.antecedent(milk)).containsExactlyInAnyOrderElementsOf(cart);
        assertThat(Carts.orders(milk)).isEqualTo(groceries.bruteForce.count(List.of(
                "root vegetables", "other vegetables", "yogurt", "whole milk")));
        groceries.assertExact(milk);
    }

    @Test
    void singleItemRuleIsExact() {
        List<Recommendation> recs = groceries.recommend(Carts.of("whole milk"),
                "rankBy", "support", "minConfidence", "0", "maxItems", 10);

        Recommendation vegetables = find(recs, "other vegetables");

        assertThat(Carts.antecedent(vegetables)).containsExactly("whole milk");
        groceries.assertExact(vegetables);
    }

    static Stream<Arguments> carts() {
        return Stream.of(
                Arguments.of(List.of("citrus fruit", "tropical fruit"), "lift"),
                Arguments.of(List.of("citrus fruit", "tropical fruit"), "confidence"),
                Arguments.of(List.of("whole milk", "yogurt"), "support"),
                Arguments.of(List.of("rolls/buns", "sausage", "soda"), "lift"),
                Arguments.of(List.of("butter", "whipped/sour cream", "whole milk"), "confidence"),
                Arguments.of(List.of("beef"), "lift"),
                Arguments.of(List.of("canned beer", "bottled beer", "liquor", "red/blush wine"), "lift"),
                Arguments.of(List.of("whole milk", "other vegetables", "rolls/buns", "soda", "yogurt",
                        "bottled water", "tropical fruit"), "confidence"));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("carts")
    void everyRecommendationIsExactAndWithinTheSettings(List<String> cart, String rankBy) {
        List<Recommendation> recs = groceries.recommend(Carts.of(cart),
                "rankBy", rankBy, "minSupport", "0.002", "minConfidence", "0.05", "maxItems", 20);

        assertThat(recs).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        for (Recommendation r : recs) {
            groceries.assertExact(r);
            assertThat(cart).containsAll(Carts.antecedent(r)).doesNotContain(r.sku());
            assertThat(Carts.number(r, "support")).isGreaterThanOrEqualTo(0.002);
            assertThat(Carts.number(r, "confidence")).isGreaterThanOrEqualTo(0.05);
            assertThat(r.score()).isEqualTo(Carts.number(r, rankBy));
        }
    }

    @Test
    void aFrequentCartIsTheAntecedentOfItsFirstRules() {
        List<String> cart = List.of("whole milk", "yogurt");
        assertThat((double) groceries.bruteForce.count(cart) / groceries.bruteForce.orders()).isGreaterThan(0.01);

        List<Recommendation> recs = groceries.recommend(Carts.of(cart), "minConfidence", "0.1", "maxItems", 4);

        assertThat(recs).hasSize(4);
        assertThat(Carts.antecedent(recs.get(0))).containsExactlyInAnyOrderElementsOf(cart);
    }
}
