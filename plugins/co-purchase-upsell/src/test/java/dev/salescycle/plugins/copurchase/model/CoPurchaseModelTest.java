package dev.salescycle.plugins.copurchase.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.plugins.copurchase.BruteForce;
import dev.salescycle.plugins.copurchase.Groceries;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.testkit.InMemoryOrderHistory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The model's neighbour lists hold exact pair counts and stay the exact top when orders are added. */
@Timeout(120)
class CoPurchaseModelTest {

    @Test
    void neighbourCountsAreExactPairCounts() {
        CoPurchaseModel model = ModelBuilder.learn(new InMemoryOrderHistory(Groceries.orders()), order -> { });
        BruteForce bruteForce = new BruteForce(Groceries.baskets());

        for (String sku : List.of("whole milk", "beef", "rice", "baby food")) {
            TopList neighbours = model.neighbours().of(model.skus().idOf(sku));
            assertThat(neighbours.size()).isPositive();
            for (int rank = 0; rank < neighbours.size(); rank++) {
                String other = model.skus().sku(neighbours.id(rank));
                assertThat(neighbours.count(rank)).as("%s with %s", sku, other)
                        .isEqualTo(bruteForce.count(List.of(sku, other)));
            }
        }
    }

    @Test
    void addingOrdersKeepsEveryListEqualToARebuild() {
        List<Order> all = Groceries.orders();
        CoPurchaseModel rebuilt = ModelBuilder.learn(new InMemoryOrderHistory(all), order -> { });
        CoPurchaseModel incremental = ModelBuilder.learn(new InMemoryOrderHistory(all.subList(0, 2_000)), order -> { });
        all.subList(2_000, all.size()).forEach(order -> incremental.addOrder(order.lines()));

        assertThat(incremental.orderCount()).isEqualTo(rebuilt.orderCount());
        assertThat(entries(incremental.bestSellers())).isEqualTo(entries(rebuilt.bestSellers()));
        int fullLists = 0;
        for (int item = 0; item < rebuilt.skus().size(); item++) {
            assertThat(incremental.skus().sku(item)).isEqualTo(rebuilt.skus().sku(item));
            assertThat(incremental.itemOrders().orders(item)).isEqualTo(rebuilt.itemOrders().orders(item));
            assertThat(entries(incremental.neighbours().of(item))).as(rebuilt.skus().sku(item))
                    .isEqualTo(entries(rebuilt.neighbours().of(item)));
            fullLists += rebuilt.neighbours().of(item).isFull() ? 1 : 0;
        }
        assertThat(fullLists).as("lists that had to drop items").isPositive();
    }

    @Test
    void aCopySharesNothingWithItsOriginal() {
        List<Order> all = Groceries.orders();
        CoPurchaseModel original = ModelBuilder.learn(new InMemoryOrderHistory(all.subList(0, 100)), order -> { });
        CoPurchaseModel copy = original.copy();

        all.subList(100, 200).forEach(order -> copy.addOrder(order.lines()));

        assertThat(original.orderCount()).isEqualTo(100);
        assertThat(copy.orderCount()).isEqualTo(200);
        int milk = original.skus().idOf("whole milk");
        assertThat(original.itemOrders().orders(milk).getCardinality()).isEqualTo(original.itemOrders().count(milk));
        assertThat(copy.itemOrders().count(milk)).isGreaterThan(original.itemOrders().count(milk));
    }

    private static List<String> entries(TopList list) {
        List<String> entries = new ArrayList<>();
        for (int rank = 0; rank < list.size(); rank++) {
            entries.add(list.id(rank) + ":" + list.count(rank));
        }
        return entries;
    }
}
