package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Timeout;

/** The whole recommendation list on Groceries, not only each rule's figures, equals a brute-force ranking. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class GroceriesRankingTest {

    private GroceriesFixture groceries;

    @BeforeAll
    void learn() {
        groceries = new GroceriesFixture();
    }

    static Stream<Arguments> carts() {
        List<List<String>> carts = List.of(
                List.of("beef"),
                List.of("citrus fruit", "tropical fruit"),
                List.of("whole milk", "yogurt"),
                List.of("root vegetables", "other vegetables", "yogurt"),
                List.of("rolls/buns", "sausage", "soda"),
                List.of("canned beer", "liquor", "no such item"),
                List.of("whole milk"));
        return Stream.of("lift", "confidence").flatMap(rankBy -> Stream.of("0.001", "0.003").flatMap(minSupport ->
                carts.stream().map(cart -> Arguments.of(cart, rankBy, minSupport))));
    }

    @ParameterizedTest(name = "{0} by {1}, minSupport {2}")
    @MethodSource("carts")
    void theListIsTheBruteForceTopTen(List<String> cart, String rankBy, String minSupport) {
        List<BruteForceRanking.Rule> expected = bruteForce(rankBy, minSupport, false).recommend(cart);
        assertThat(bruteForce(rankBy, minSupport, true).recommend(cart))
                .as("the same list whichever items tied at the 64-neighbour cut-off are taken").isEqualTo(expected);

        List<Recommendation> recs = groceries.recommend(Carts.of(cart),
                "rankBy", rankBy, "minSupport", minSupport, "minConfidence", "0.05", "maxItems", 10);

        assertThat(expected).as("a cart worth checking").hasSizeGreaterThanOrEqualTo(3);
        assertThat(recs).extracting(Recommendation::sku)
                .containsExactlyElementsOf(expected.stream().map(BruteForceRanking.Rule::sku).toList());
        for (int i = 0; i < recs.size(); i++) {
            assertThat(recs.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-9));
            assertThat(Carts.orders(recs.get(i))).isEqualTo(expected.get(i).orders());
        }
    }

    private BruteForceRanking bruteForce(String rankBy, String minSupport, boolean tiesAtTheCutOff) {
        return new BruteForceRanking(groceries.bruteForce, Double.parseDouble(minSupport), 0.05, rankBy, 10,
                tiesAtTheCutOff);
    }
}
