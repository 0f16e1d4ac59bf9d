package dev.salescycle.plugins.conversionoffers;

import static dev.salescycle.plugins.conversionoffers.Carts.cart;
import static dev.salescycle.plugins.conversionoffers.Carts.cartIn;
import static dev.salescycle.plugins.conversionoffers.Carts.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ConversionOffersTest {

    private final ConversionOffers plugin = new ConversionOffers();
    private final TestPluginContext defaults = TestPluginContext.forHook(plugin).build();

    private static Order pastOrder(String email) {
        CartLine coffee = line("coffee", "Coffee", 1, "9.00");
        return new Order("o-1", email, "Anna", Currency.getInstance("EUR"), List.of(coffee),
                Money.of("9.00", "EUR"), Instant.parse("2025-12-01T09:00:00Z"));
    }

    private static Offer ofType(List<Offer> offers, OfferType type) {
        return offers.stream().filter(o -> o.type() == type).findFirst().orElseThrow();
    }

    @Test
    void anUnknownShopperGetsTheDefaultFirstOrderDiscountAndTheNudge() {
        List<Offer> offers = plugin.offers(cart("new@example.com", line("beans", "Beans", 2, "15.00")), defaults);

        assertThat(offers).extracting(Offer::type).containsExactly(OfferType.DISCOUNT, OfferType.NUDGE);
        Offer discount = offers.get(0);
        assertThat(discount.id()).isEqualTo("first-order-10");
        assertThat(discount.percentOff()).isEqualByComparingTo("10");
        assertThat(discount.discount()).isEqualTo(Money.of("3.00", "EUR"));
        assertThat(discount.couponCode()).isEqualTo("WELCOME10");
        assertThat(discount.message()).isEqualTo("10% off your first order with code WELCOME10");
    }

    @Test
    void nudgesWithTheAmountStillMissingForFreeShipping() {
        Offer nudge = ofType(plugin.offers(cart(null, line("beans", "Beans", 1, "42.50")), defaults), OfferType.NUDGE);

        assertThat(nudge.message()).isEqualTo("Add 7.50 EUR more for free shipping");
        assertThat(nudge.details()).containsEntry("missing", "7.50").containsEntry("threshold", "50.00");
    }

    @ParameterizedTest
    @CsvSource({"50.00, FREE_SHIPPING", "50.01, FREE_SHIPPING", "49.99, NUDGE"})
    void shipsFreeFromTheThresholdOnwards(String subtotal, OfferType expected) {
        List<Offer> offers = plugin.offers(cart(null, line("beans", "Beans", 1, subtotal)), defaults);

        assertThat(offers).extracting(Offer::type).contains(expected)
                .doesNotContain(expected == OfferType.NUDGE ? OfferType.FREE_SHIPPING : OfferType.NUDGE);
    }

    @Test
    void nudgesByACentJustBelowTheThreshold() {
        Offer nudge = ofType(plugin.offers(cart(null, line("beans", "Beans", 1, "49.99")), defaults), OfferType.NUDGE);

        assertThat(nudge.details()).containsEntry("missing", "0.01");
    }

    @Test
    void aKnownCustomerGetsNoFirstOrderDiscount() {
        TestPluginContext context = TestPluginContext.forHook(plugin).order(pastOrder("anna@example.com")).build();

        List<Offer> offers = plugin.offers(cart(" Anna@Example.com ", line("beans", "Beans", 1, "20.00")), context);

        assertThat(offers).extracting(Offer::type).doesNotContain(OfferType.DISCOUNT);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "someone-else@example.com"})
    void aShopperWithoutAKnownAddressGetsTheFirstOrderDiscount(String email) {
        TestPluginContext context = TestPluginContext.forHook(plugin).order(pastOrder("anna@example.com")).build();

        List<Offer> offers = plugin.offers(cart(email, line("beans", "Beans", 1, "20.00")), context);

        assertThat(offers).extracting(Offer::type).contains(OfferType.DISCOUNT);
    }

    @Test
    void anEmptyCartOnlyGetsTheNudgeForTheWholeThreshold() {
        List<Offer> offers = plugin.offers(cart(null), defaults);

        assertThat(offers).singleElement().satisfies(nudge -> {
            assertThat(nudge.type()).isEqualTo(OfferType.NUDGE);
            assertThat(nudge.message()).isEqualTo("Add 50.00 EUR more for free shipping");
        });
    }

    @Test
    void aCartOfFreeItemsGetsNoDiscountButTheNudge() {
        List<Offer> offers = plugin.offers(cart(null, line("sample", "Sample", 3, "0.00")), defaults);

        assertThat(offers).extracting(Offer::type).containsExactly(OfferType.NUDGE);
        assertThat(offers.get(0).details()).containsEntry("missing", "50.00");
    }

    @Test
    void roundsTheDiscountToTheCurrencyScale() {
        Offer discount = ofType(plugin.offers(cart(null, line("beans", "Beans", 1, "33.35")), defaults),
                OfferType.DISCOUNT);

        assertThat(discount.discount()).isEqualTo(Money.of("3.34", "EUR"));
    }

    @Test
    void worksInTheCartsCurrencyAndItsScale() {
        List<Offer> offers = plugin.offers(cartIn("JPY", line("tea", "Tea", 1, "35", "JPY")),
                TestPluginContext.forHook(plugin).setting("freeShippingThreshold", 5000).build());

        Offer nudge = ofType(offers, OfferType.NUDGE);
        assertThat(nudge.message()).isEqualTo("Add 4965 JPY more for free shipping");
        assertThat(nudge.details()).containsEntry("missing", "4965").containsEntry("threshold", "5000");
        assertThat(ofType(offers, OfferType.DISCOUNT).discount()).isEqualTo(Money.of("4", "JPY"));
    }

    @Test
    void firstOrderDiscountPercentSetsThePercentage() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("firstOrderDiscountPercent", 15).build();

        Offer discount = ofType(plugin.offers(cart(null, line("beans", "Beans", 1, "20.00")), context),
                OfferType.DISCOUNT);

        assertThat(discount.id()).isEqualTo("first-order-15");
        assertThat(discount.percentOff()).isEqualByComparingTo("15");
        assertThat(discount.discount()).isEqualTo(Money.of("3.00", "EUR"));
        assertThat(discount.message()).startsWith("15% off");
    }

    @Test
    void aFirstOrderDiscountOfZeroTurnsItOff() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("firstOrderDiscountPercent", 0).build();

        assertThat(plugin.offers(cart(null, line("beans", "Beans", 1, "20.00")), context))
                .extracting(Offer::type).doesNotContain(OfferType.DISCOUNT);
    }

    @Test
    void firstOrderCouponSetsTheCode() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("firstOrderCoupon", " HELLO ").build();

        Offer discount = ofType(plugin.offers(cart(null, line("beans", "Beans", 1, "20.00")), context),
                OfferType.DISCOUNT);

        assertThat(discount.couponCode()).isEqualTo("HELLO");
        assertThat(discount.message()).endsWith("with code HELLO");
    }

    @Test
    void anEmptyFirstOrderCouponMeansADiscountWithoutCode() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("firstOrderCoupon", "").build();

        Offer discount = ofType(plugin.offers(cart(null, line("beans", "Beans", 1, "20.00")), context),
                OfferType.DISCOUNT);

        assertThat(discount.couponCode()).isNull();
        assertThat(discount.message()).isEqualTo("10% off your first order");
    }

    @Test
    void freeShippingThresholdMovesTheThreshold() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("freeShippingThreshold", "30").build();

        assertThat(plugin.offers(cart(null, line("beans", "Beans", 1, "30.00")), context))
                .extracting(Offer::type).contains(OfferType.FREE_SHIPPING);
        assertThat(ofType(plugin.offers(cart(null, line("beans", "Beans", 1, "12.00")), context), OfferType.NUDGE)
                .details()).containsEntry("missing", "18.00").containsEntry("threshold", "30.00");
    }

    @Test
    void aZeroThresholdShipsEveryNonEmptyCartFree() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("freeShippingThreshold", 0).build();

        assertThat(plugin.offers(cart(null, line("sample", "Sample", 1, "0.00")), context))
                .extracting(Offer::type).containsExactly(OfferType.FREE_SHIPPING);
        assertThat(plugin.offers(cart(null), context)).isEmpty();
    }

    @Test
    void freeShippingFalseTurnsOffShippingOffers() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("freeShipping", false).build();

        assertThat(plugin.offers(cart(null, line("beans", "Beans", 1, "10.00")), context))
                .extracting(Offer::type).containsExactly(OfferType.DISCOUNT);
        assertThat(plugin.offers(cart(null, line("beans", "Beans", 1, "99.00")), context))
                .extracting(Offer::type).containsExactly(OfferType.DISCOUNT);
    }

    @Test
    void listsTheDiscountFirstThenBundlesThenShipping() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("bundles", List.of(java.util.Map.of("skus", List.of("beans", "mug"), "percentOff", 5)))
                .build();

        List<Offer> offers = plugin.offers(cart(null, line("beans", "Beans", 1, "10.00"),
                line("mug", "Mug", 1, "8.00")), context);

        assertThat(offers).extracting(Offer::type)
                .containsExactly(OfferType.DISCOUNT, OfferType.BUNDLE, OfferType.NUDGE);
        assertThat(offers.get(0).percentOff()).isEqualTo(new BigDecimal("10"));
    }
}
