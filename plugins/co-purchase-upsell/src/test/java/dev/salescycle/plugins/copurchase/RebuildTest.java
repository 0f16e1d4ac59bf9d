package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A rebuild keeps orders placed while it streams, counting each exactly once; shops stay apart. */
@Timeout(120)
class RebuildTest {

    @Test
    void ordersPlacedDuringARebuildCountOnce() {
        List<Order> all = Groceries.orders();
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        PluginContext context = TestPluginContext.forHook(plugin).build();
        plugin.shopStarted(TestPluginContext.forHook(plugin).orders(all.subList(0, 1000)).build());
        Order alreadyStreamed = all.get(100);
        Order streamedLater = all.get(9001);
        Order neverStreamed = all.get(9002);
        List<Order> stored = all.subList(0, 9002);
        // The history places three orders when it is half streamed, as the host may while a rebuild runs.
        OrderHistory history = new PlacingHistory(stored, stored.size() / 2, () -> {
            plugin.orderRecorded(alreadyStreamed, context);
            plugin.orderRecorded(streamedLater, context);
            plugin.orderRecorded(neverStreamed, context);
        });

        plugin.shopStarted(new TestPluginContext(context.shopId(), context.pluginId(), context.currency(),
                context.settings(), context.clock(), context.products(), history, context.state()));

        BruteForce bruteForce = new BruteForce(Groceries.baskets().subList(0, 9003));
        assertThat(plugin.recommend(Carts.of(), context)).isNotEmpty().allSatisfy(r ->
                assertThat(r.evidence().get("orders")).isEqualTo(bruteForce.count(List.of(r.sku()))));
    }

    @Test
    void eachShopHasItsOwnModel() {
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        List<List<String>> baskets = Groceries.baskets();
        plugin.shopStarted(TestPluginContext.forHook(plugin).shop("first", "EUR")
                .orders(Groceries.orders(baskets.subList(0, 3000), 0)).build());
        plugin.shopStarted(TestPluginContext.forHook(plugin).shop("second", "EUR")
                .orders(Groceries.orders(baskets.subList(3000, 9835), 3000)).build());

        Recommendation first = plugin.recommend(Carts.of(), TestPluginContext.forHook(plugin).shop("first", "EUR").build()).get(0);
        Recommendation second = plugin.recommend(Carts.of(), TestPluginContext.forHook(plugin).shop("second", "EUR").build()).get(0);

        assertThat(first.evidence().get("orders")).isEqualTo(new BruteForce(baskets.subList(0, 3000)).count(List.of(first.sku())));
        assertThat(second.evidence().get("orders")).isEqualTo(new BruteForce(baskets.subList(3000, 9835)).count(List.of(second.sku())));
        assertThat(plugin.recommend(Carts.of(), TestPluginContext.forHook(plugin).shop("third", "EUR").build())).isEmpty();
    }

    /** Streams stored orders and runs an action once, after {@code at} of them. */
    private record PlacingHistory(List<Order> orders, int at, Runnable action) implements OrderHistory {

        @Override
        public void forEach(Consumer<Order> consumer) {
            for (int i = 0; i < orders.size(); i++) {
                if (i == at) {
                    action.run();
                }
                consumer.accept(orders.get(i));
            }
        }

        @Override
        public Optional<Customer> customer(String email) {
            return Optional.empty();
        }

        @Override
        public List<Order> ordersOf(String email) {
            return List.of();
        }

        @Override
        public long count() {
            return orders.size();
        }
    }
}
