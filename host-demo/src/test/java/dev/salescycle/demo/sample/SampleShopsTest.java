package dev.salescycle.demo.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Timeout;

@Timeout(600)
class SampleShopsTest {

    private final SampleShops samples = new SampleShops(new ObjectMapper());

    @Test
    void bundledShopsLoadWithTheirCurrencies() {
        assertThat(samples.forShop("demo-coffee")).hasValueSatisfying(shop -> {
            assertThat(shop.currency()).isEqualTo(Currency.getInstance("EUR"));
            assertThat(shop.products()).extracting(SampleProduct::sku).contains("dripper-v60", "filters-v60");
        });
        assertThat(samples.forShop("demo-tea")).hasValueSatisfying(shop ->
                assertThat(shop.currency()).isEqualTo(Currency.getInstance("GBP")));
    }

    @Test
    void shopsWithoutSampleDataOrWithOddIdsHaveNone() {
        assertThat(samples.forShop("my-own-shop")).isEmpty();
        assertThat(samples.forShop("../demo-coffee")).isEmpty();
        assertThat(samples.forShop("")).isEmpty();
    }

    @Test
    void aBasketNamingAnUnknownProductIsRejected() {
        Basket basket = new Basket("typo", 1, Map.of("no-such-sku", 1.0));
        PastOrderPlan plan = new PastOrderPlan(10, 5, 30, 1, 0, List.of(basket));
        List<SampleProduct> products = List.of(new SampleProduct("mug", "Mug", new BigDecimal("12.00")));

        assertThatThrownBy(() -> new SampleShop(Currency.getInstance("EUR"), products, plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-sku");
    }

    @Test
    void basketChancesMustBeProbabilities() {
        assertThatThrownBy(() -> new Basket("odd", 1, Map.of("mug", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chance of mug");
    }
}
