package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.config.BreakerSettings;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.model.ScoredLead;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.junit.jupiter.api.Timeout;

/** How the answers of several plugins are merged: stage 1 as a chain, stages 2 and 3 collected and capped. */
@Timeout(120)
class MergeRulesTest {

    private static final Cart CART = new Cart("c", null, Currency.getInstance("EUR"),
            List.of(new CartLine("beans", "Beans", 1, Money.of("12.50", "EUR"))));

    private static final ProductCatalog CATALOG = new ProductCatalog() {
        @Override
        public Optional<Product> find(String sku) {
            return sku.equals("mug") ? Optional.of(new Product("mug", "Mug", Money.of("8.00", "EUR"), null, null))
                    : Optional.empty();
        }

        @Override
        public List<Product> all() {
            return List.of();
        }
    };

    private static BoundHook bound(String plugin, HookKind kind) {
        return new BoundHook(plugin, kind, Mockito.mock(SalesCycleHook.class), Mockito.mock(PluginContext.class),
                MergeRulesTest.class.getClassLoader(), 1,
                new HookStats(new CircuitBreaker(BreakerSettings.DEFAULTS, System::nanoTime)));
    }

    private static List<Recommendation> recs(String... skus) {
        List<Recommendation> out = new ArrayList<>();
        for (String sku : skus) {
            out.add(new Recommendation(sku, "name " + sku, Money.of("1.00", "EUR"), 1, "", null));
        }
        return out;
    }

    private static List<Recommendation> numbered(String prefix, int n) {
        return recs(IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toArray(String[]::new));
    }

    private static Offer offer(String id, String currency) {
        return new Offer(id, OfferType.DISCOUNT, "t", "m", Money.of("1.00", currency), null, null, null);
    }

    @Test
    void recommendationsSkipCartItemsAndEarlierOnesAndEachUpsellGetsAnEqualShareOfTheSlots() {
        CartSink sink = new CartSink(CART, CATALOG, 12, 2);
        List<Recommendation> first = new ArrayList<>(recs("beans", "a1", "a1"));
        first.addAll(numbered("a", 20));
        sink.returned(bound("first", HookKind.UPSELL), first);
        List<Recommendation> second = new ArrayList<>(recs("a1"));
        second.addAll(numbered("b", 20));
        sink.returned(bound("second", HookKind.UPSELL), second);

        assertThat(sink.recommendations()).extracting(r -> r.plugin() + ":" + r.value().sku()).containsExactly(
                "first:a1", "first:a2", "first:a3", "first:a4", "first:a5", "first:a6",
                "second:b1", "second:b2", "second:b3", "second:b4", "second:b5", "second:b6");
    }

    @Test
    void aFailedUpsellLeavesItsShareToTheOthers() {
        CartSink sink = new CartSink(CART, CATALOG, 12, 2);
        sink.failed(bound("first", HookKind.UPSELL), "timeout");
        sink.returned(bound("second", HookKind.UPSELL), numbered("b", 20));
        assertThat(sink.recommendations()).hasSize(12);
        assertThat(sink.skipped()).extracting(s -> s.plugin() + ":" + s.reason()).containsExactly("first:timeout");
    }

    @Test
    void aRecommendationWithoutNameOrPriceIsCompletedFromTheCatalogue() {
        CartSink sink = new CartSink(CART, CATALOG, 12, 1);
        sink.returned(bound("p", HookKind.UPSELL), List.of(new Recommendation("mug", null, null, 1, "", null)));
        Recommendation mug = sink.recommendations().get(0).value();
        assertThat(mug.name()).isEqualTo("Mug");
        assertThat(mug.price()).isEqualTo(Money.of("8.00", "EUR"));
    }

    @Test
    void offersInAnotherCurrencyAreDroppedAndEachPluginsOffersAreCapped() {
        CartSink sink = new CartSink(CART, CATALOG, 12, 0);
        List<Offer> many = new ArrayList<>(List.of(offer("usd", "USD")));
        IntStream.range(0, 1000).forEach(i -> many.add(offer("o" + i, "EUR")));
        assertThat(sink.returned(bound("p", HookKind.CONVERSION_OFFER), many)).isEqualTo(Verdict.OK);
        assertThat(sink.offers()).hasSize(CartSink.MAX_OFFERS_PER_PLUGIN - 1)
                .noneMatch(o -> o.value().id().equals("usd"));
    }

    @Test
    void anAddOnPricedInAnotherCurrencyIsDroppedAndOneInTheCartsKept() {
        CartSink sink = new CartSink(CART, CATALOG, 12, 0);

        sink.returned(bound("wrap", HookKind.CONVERSION_OFFER), List.of(
                Offer.addOn("wrap-usd", "Gift wrapping", null, Money.of("3.00", "USD")),
                Offer.addOn("wrap-eur", "Gift wrapping", null, Money.of("2.50", "EUR"))));

        assertThat(sink.offers()).extracting(a -> a.value().id()).containsExactly("wrap-eur");
        assertThat(sink.offers().get(0).value().price()).isEqualTo(Money.of("2.50", "EUR"));
    }

    @Test
    void garbageIsABadAnswerListedAsSkipped() {
        CartSink sink = new CartSink(CART, CATALOG, 12, 1);
        assertThat(sink.returned(bound("nul", HookKind.UPSELL), null)).isEqualTo(Verdict.BAD);
        assertThat(sink.returned(bound("odd", HookKind.CONVERSION_OFFER), Map.of())).isEqualTo(Verdict.BAD);
        assertThat(sink.returned(bound("mixed", HookKind.UPSELL), List.of("text", recs("mug").get(0))))
                .isEqualTo(Verdict.OK);
        assertThat(sink.recommendations()).extracting(r -> r.value().sku()).containsExactly("mug");
        assertThat(sink.skipped()).extracting(s -> s.plugin() + ":" + s.reason())
                .containsExactly("nul:bad answer: null", "odd:bad answer: " + Map.of().getClass().getSimpleName());
    }

    @Test
    void leadCaptureIsAChainThatARejectionEnds() {
        Lead lead = new Lead("ann@example.org", null, "newsletter", List.of(), true, null);
        LeadChainSink sink = new LeadChainSink(new ScoredLead(lead, 0, List.of(), Map.of()));
        ScoredLead scored = new ScoredLead(lead, 40, List.of("warm"), Map.of());
        assertThat(sink.returned(bound("score", HookKind.LEAD_CAPTURE), LeadOutcome.accept(scored))).isEqualTo(Verdict.OK);
        assertThat(sink.current()).isEqualTo(scored);

        ScoredLead otherAddress = new ScoredLead(new Lead("eve@example.org", null, null, List.of(), false, null), 99,
                List.of(), Map.of());
        assertThat(sink.returned(bound("thief", HookKind.LEAD_CAPTURE), LeadOutcome.accept(otherAddress)))
                .isEqualTo(Verdict.BAD);
        assertThat(sink.current()).as("a plugin may not change the address").isEqualTo(scored);

        assertThat(sink.returned(bound("guard", HookKind.LEAD_CAPTURE), LeadOutcome.reject("disposable domain")))
                .isEqualTo(Verdict.STOP);
        assertThat(sink.rejected()).isTrue();
        assertThat(sink.rejectedBy()).isEqualTo("guard");
        assertThat(sink.rejectReason()).isEqualTo("disposable domain");
        assertThat(sink.skipped()).extracting(s -> s.plugin() + ":" + s.reason())
                .containsExactly("thief:bad answer: changed the lead's e-mail address");
    }
}
