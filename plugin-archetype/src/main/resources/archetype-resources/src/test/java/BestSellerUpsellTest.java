package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Unit tests with the Salescycle test kit: settings validated as the host does, a fixed clock, orders in memory. */
@Timeout(30)
class BestSellerUpsellTest {

    static final Currency EUR = Currency.getInstance("EUR");

    private final BestSellerUpsell hook = new BestSellerUpsell();

    private static CartLine line(String sku) {
        return new CartLine(sku, null, 1, Money.of("5.00", "EUR"));
    }

    private static Order order(String id, String... skus) {
        List<CartLine> lines = java.util.Arrays.stream(skus).map(BestSellerUpsellTest::line).toList();
        return new Order(id, null, null, EUR, lines, Money.of("5.00", "EUR"), TestPluginContext.DEFAULT_NOW);
    }

    private static Cart cart(String... skus) {
        return new Cart(null, null, EUR, java.util.Arrays.stream(skus).map(BestSellerUpsellTest::line).toList());
    }

    @Test
    void recommendsTheBestSellersNotInTheCartMostOrderedFirst() {
        PluginContext context = TestPluginContext.forHook(hook).setting("maxItems", 2)
                .orders(List.of(order("1", "beans", "mug"), order("2", "beans", "filters"), order("3", "beans", "mug"),
                        order("4", "tea")))
                .build();
        hook.shopStarted(context);

        List<Recommendation> answer = hook.recommend(cart("beans"), context);

        assertThat(answer).extracting(Recommendation::sku).containsExactly("mug", "filters");
        assertThat(answer.get(0).evidence()).containsEntry("orders", 2L);
        assertThat(answer.get(0).reason()).isEqualTo("Popular in our shop");
    }

    @Test
    void countsOrdersRecordedAfterTheStart() {
        PluginContext context = TestPluginContext.forHook(hook).setting("maxItems", 1).build();
        hook.shopStarted(context);

        hook.orderRecorded(order("1", "tea"), context);

        assertThat(hook.recommend(cart("beans"), context)).extracting(Recommendation::sku).containsExactly("tea");
    }

    @Test
    void answersNothingBeforeTheShopStarted() {
        assertThat(hook.recommend(cart("beans"), TestPluginContext.forHook(hook).build())).isEmpty();
    }

    @Test
    void refusesSettingsOutsideTheirDeclaredRange() {
        assertThatThrownBy(() -> TestPluginContext.forHook(hook).setting("maxItems", 50).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxItems: expected integer 1..20, got 50");
    }
}
