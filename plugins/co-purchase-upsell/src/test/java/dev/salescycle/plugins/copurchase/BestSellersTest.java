package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Recommendation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** A cart with nothing the model knows gets the shop's best-sellers, labelled as such. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class BestSellersTest {

    private GroceriesFixture groceries;
    private List<Map.Entry<String, Long>> byCount;

    @BeforeAll
    void learn() {
        groceries = new GroceriesFixture();
        byCount = groceries.bruteForce.itemCounts().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    }

    @Test
    void anEmptyCartGetsTheBestSellersWithTheirCounts() {
        List<Recommendation> recs = groceries.recommend(Carts.of(), "maxItems", 5);

        assertThat(recs).extracting(Recommendation::sku)
                .containsExactlyElementsOf(byCount.subList(0, 5).stream().map(Map.Entry::getKey).toList());
        for (int i = 0; i < 5; i++) {
            Recommendation r = recs.get(i);
            assertThat(r.reason()).isEqualTo("Best-seller");
            assertThat(r.evidence()).containsEntry("basis", "best-sellers").containsEntry("orders", byCount.get(i).getValue());
        }
        assertThat(recs).extracting(Recommendation::score).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aCartOfUnknownSkusGetsTheSameBestSellers() {
        assertThat(groceries.recommend(Carts.of("unknown-1", "unknown-2"))).isEqualTo(groceries.recommend(Carts.of()));
    }

    @Test
    void excludedBestSellersAreSkipped() {
        String top = byCount.get(0).getKey();

        List<Recommendation> recs = groceries.recommend(Carts.of(), "excludeSkus", List.of(top));

        assertThat(recs).hasSize(4).extracting(Recommendation::sku).doesNotContain(top)
                .startsWith(byCount.get(1).getKey());
    }
}
