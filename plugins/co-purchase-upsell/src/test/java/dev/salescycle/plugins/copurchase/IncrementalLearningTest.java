package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Orders added one by one give the same answers, figures included, as learning them all at once. */
@Timeout(120)
class IncrementalLearningTest {

    private static final int LEARNED_AT_START = 6_000;

    @Test
    void addingOrdersOneByOneEqualsARebuild() {
        List<Order> all = Groceries.orders();
        CoPurchaseUpsell incremental = new CoPurchaseUpsell();
        incremental.shopStarted(TestPluginContext.forHook(incremental).orders(all.subList(0, LEARNED_AT_START)).build());
        PluginContext live = TestPluginContext.forHook(incremental).build();
        all.subList(LEARNED_AT_START, all.size()).forEach(order -> incremental.orderRecorded(order, live));
        CoPurchaseUpsell rebuilt = new CoPurchaseUpsell();
        rebuilt.shopStarted(TestPluginContext.forHook(rebuilt).orders(all).build());

        for (String rankBy : List.of("lift", "confidence", "support")) {
            for (List<String> cart : carts()) {
                Object[] settings = {"rankBy", rankBy, "maxItems", 20, "minSupport", "0.0005", "minConfidence", "0.02"};
                List<Recommendation> expected = rebuilt.recommend(Carts.of(cart), context(rebuilt, settings));

                assertThat(incremental.recommend(Carts.of(cart), context(incremental, settings)))
                        .as("%s by %s", cart, rankBy).isEqualTo(expected);
            }
        }
    }

    @Test
    void ordersBeforeAnyStartAreLearnedToo() {
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        PluginContext context = TestPluginContext.forHook(plugin).build();

        Groceries.orders().subList(0, 50).forEach(order -> plugin.orderRecorded(order, context));

        List<Recommendation> best = plugin.recommend(Carts.of(), context);
        BruteForce bruteForce = new BruteForce(Groceries.baskets().subList(0, 50));
        assertThat(best).isNotEmpty().allSatisfy(r ->
                assertThat(r.evidence().get("orders")).isEqualTo(bruteForce.count(List.of(r.sku()))));
    }

    private static PluginContext context(CoPurchaseUpsell plugin, Object[] settings) {
        TestPluginContext.Builder builder = TestPluginContext.forHook(plugin);
        for (int i = 0; i < settings.length; i += 2) {
            builder.setting((String) settings[i], settings[i + 1]);
        }
        return builder.build();
    }

    /** Every 97th basket of the data, cut to at most five items, plus the empty cart. */
    private static List<List<String>> carts() {
        List<List<String>> carts = new ArrayList<>();
        carts.add(List.of());
        List<List<String>> baskets = Groceries.baskets();
        for (int i = 0; i < baskets.size(); i += 97) {
            List<String> basket = baskets.get(i);
            carts.add(basket.subList(0, Math.min(5, basket.size())));
        }
        return carts;
    }
}
