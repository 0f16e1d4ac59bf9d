package dev.salescycle.plugins.conversionoffers;

import static dev.salescycle.plugins.conversionoffers.Carts.cart;
import static dev.salescycle.plugins.conversionoffers.Carts.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class BundleOfferTest {

    private final ConversionOffers plugin = new ConversionOffers();

    private List<Offer> bundleOffers(Cart cart, Object bundles) {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("bundles", bundles)
                .product(new Product("grinder", "Hand grinder", Money.of("40.00", "EUR"), null, null))
                .build();
        return plugin.offers(cart, context).stream().filter(o -> o.type() == OfferType.BUNDLE).toList();
    }

    private static List<Map<String, Object>> beansAndGrinder(Object percentOff) {
        return List.of(Map.of("skus", List.of("beans", "grinder"), "percentOff", percentOff));
    }

    @Test
    void noBundlesAreConfiguredByDefault() {
        Cart cart = cart(null, line("beans", "Beans", 1, "12.00"), line("grinder", "Grinder", 1, "40.00"));

        assertThat(plugin.offers(cart, TestPluginContext.forHook(plugin).build()))
                .extracting(Offer::type).doesNotContain(OfferType.BUNDLE);
    }

    @Test
    void offersTheBundleWhenEverySkuIsInTheCart() {
        Cart cart = cart(null, line("beans", "Beans", 2, "12.00"), line("grinder", "Grinder", 1, "40.00"));

        Offer bundle = bundleOffers(cart, beansAndGrinder(10)).get(0);

        assertThat(bundle.id()).isEqualTo("bundle-beans+grinder");
        assertThat(bundle.title()).isEqualTo("Bundle deal");
        assertThat(bundle.message()).isEqualTo("Save 10% on Beans + Grinder together");
        assertThat(bundle.percentOff()).isEqualByComparingTo("10");
        assertThat(bundle.discount()).isEqualTo(Money.of("5.20", "EUR"));
        assertThat(bundle.details()).containsEntry("skus", List.of("beans", "grinder")).containsEntry("sets", 1);
    }

    @Test
    void discountsEveryCompleteSet() {
        Cart cart = cart(null, line("beans", "Beans", 2, "12.00"), line("grinder", "Grinder", 3, "40.00"),
                line("beans", "Beans", 1, "12.00"));

        Offer bundle = bundleOffers(cart, beansAndGrinder("12.5")).get(0);

        assertThat(bundle.details()).containsEntry("sets", 3);
        assertThat(bundle.discount()).isEqualTo(Money.of("19.50", "EUR"));
        assertThat(bundle.message()).startsWith("Save 12.5% on");
    }

    @Test
    void offersNothingWhenASkuIsMissing() {
        assertThat(bundleOffers(cart(null, line("beans", "Beans", 1, "12.00")), beansAndGrinder(10))).isEmpty();
        assertThat(bundleOffers(cart(null), beansAndGrinder(10))).isEmpty();
    }

    @Test
    void namesItemsFromTheCartThenTheCatalogThenTheSku() {
        Cart cart = cart(null, line("beans", null, 1, "12.00"), line("grinder", " ", 1, "40.00"),
                line("filter", null, 1, "3.00"));

        Offer bundle = bundleOffers(cart, List.of(Map.of("skus", List.of("grinder", "filter"), "percentOff", 5,
                "title", "Brew kit"))).get(0);

        assertThat(bundle.title()).isEqualTo("Brew kit");
        assertThat(bundle.message()).isEqualTo("Save 5% on Hand grinder + filter together");
    }

    @Test
    void offersEachMatchingBundle() {
        Cart cart = cart(null, line("a", "A", 1, "10.00"), line("b", "B", 1, "10.00"), line("c", "C", 1, "10.00"));
        List<Map<String, Object>> bundles = List.of(
                Map.of("skus", List.of("a", "b"), "percentOff", 10),
                Map.of("skus", List.of("b", "x"), "percentOff", 10),
                Map.of("skus", List.of("a", "b", "c"), "percentOff", 20));

        assertThat(bundleOffers(cart, bundles)).extracting(Offer::id).containsExactly("bundle-a+b", "bundle-a+b+c");
    }
}
