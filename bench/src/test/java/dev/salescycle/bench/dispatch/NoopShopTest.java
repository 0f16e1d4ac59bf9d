package dev.salescycle.bench.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.service.CartService;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dispatch benchmark's shop loads its no-op plugins from real jars and answers through the host's path. */
@Timeout(600)
class NoopShopTest {

    @Test
    void loadsEveryJarAsAPluginAndAnswersACartThroughTheCartService() throws Exception {
        try (NoopShop shop = NoopShop.open(3)) {
            assertThat(shop.hooks()).extracting(h -> h.pluginId()).containsExactly("noop-1", "noop-2", "noop-3");
            assertThat(shop.direct()).allSatisfy(hook ->
                    assertThat(hook.getClass().getClassLoader()).isNotSameAs(NoopOffer.class.getClassLoader()));
            Cart cart = new Cart("c", null, Currency.getInstance("EUR"),
                    List.of(new CartLine("SKU-1", null, 1, Money.of("9.90", "EUR"))));

            CartService.Evaluation answer = shop.carts().evaluate(NoopShop.SHOP, cart, null).start().get();

            assertThat(answer.offers()).isEmpty();
            assertThat(answer.skipped()).isEmpty();
            assertThat(shop.hooks()).allSatisfy(h -> assertThat(h.stats().calls()).isEqualTo(1));
        }
    }
}
