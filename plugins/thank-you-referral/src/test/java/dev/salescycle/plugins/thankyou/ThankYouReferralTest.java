package dev.salescycle.plugins.thankyou;

import dev.salescycle.plugins.support.ShopSecret;
import static dev.salescycle.plugins.thankyou.Orders.customer;
import static dev.salescycle.plugins.thankyou.Orders.line;
import static dev.salescycle.plugins.thankyou.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.BlockType;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.testkit.InMemoryPluginState;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ThankYouReferralTest {

    private static final String SECRET = "correct horse battery staple";

    private final ThankYouReferral plugin = new ThankYouReferral();
    private final TestPluginContext defaults = TestPluginContext.forHook(plugin).build();

    private List<PageBlock> blocks(Order order, TestPluginContext context) {
        return plugin.blocks(order, customer("Anna Smith"), context);
    }

    private static PageBlock ofType(List<PageBlock> blocks, BlockType type) {
        return blocks.stream().filter(b -> b.type() == type).findFirst().orElseThrow();
    }

    @Test
    void showsHeadingSummaryReferralAndCouponByDefault() {
        List<PageBlock> blocks = blocks(order("1001"), defaults);

        assertThat(blocks).extracting(PageBlock::type)
                .containsExactly(BlockType.HEADING, BlockType.TEXT, BlockType.REFERRAL, BlockType.COUPON);
        assertThat(blocks.get(0).title()).isEqualTo("Thank you, Anna!");
        assertThat(blocks.get(1).text()).isEqualTo("Your order 1001 is confirmed: 3 items, 42.50 EUR in total.");
    }

    @Test
    void theReferralBlockCarriesAPrefixedCodeTextAndShareLink() {
        PageBlock referral = ofType(blocks(order("1001"), defaults), BlockType.REFERRAL);

        assertThat(referral.code()).matches("FRIEND-[A-Z2-7]{10}");
        assertThat(referral.text()).isEqualTo("Share your personal code with friends.");
        assertThat(referral.url()).isEqualTo("https://example.com/r/" + referral.code());
    }

    @Test
    void theCouponBlockGivesTenPercentForThirtyDaysByDefault() {
        PageBlock coupon = ofType(blocks(order("1001"), defaults), BlockType.COUPON);

        assertThat(coupon.code()).matches("THANKS-[A-Z2-7]{10}");
        assertThat(coupon.text())
                .isEqualTo("10% off your next order with this code, valid for 30 days (until 2026-02-14).");
    }

    @Test
    void derivesCodesWithHmacSha256OfShopAndOrder() {
        // Expected values computed independently (Python hmac + base64.b32encode), so codes stay stable.
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("referralSecret", SECRET).build();

        List<PageBlock> blocks = blocks(order("1001"), context);

        assertThat(ofType(blocks, BlockType.REFERRAL).code()).isEqualTo("FRIEND-KN4ZXRHPXN");
        assertThat(ofType(blocks, BlockType.COUPON).code()).isEqualTo("THANKS-2NOQNIAFIP");
    }

    @Test
    void theSameOrderAlwaysGetsTheSameCodes() {
        InMemoryPluginState state = new InMemoryPluginState();
        TestPluginContext context = TestPluginContext.forHook(plugin).state(state).build();

        List<PageBlock> first = blocks(order("1001"), context);
        List<PageBlock> again = new ThankYouReferral().blocks(order("1001"), null,
                TestPluginContext.forHook(plugin).state(state).build());

        assertThat(ofType(again, BlockType.REFERRAL)).isEqualTo(ofType(first, BlockType.REFERRAL));
        assertThat(ofType(again, BlockType.COUPON)).isEqualTo(ofType(first, BlockType.COUPON));
    }

    @Test
    void otherOrdersAndOtherShopsGetOtherCodes() {
        TestPluginContext shop = TestPluginContext.forHook(plugin).setting("referralSecret", SECRET).build();
        TestPluginContext otherShop = TestPluginContext.forHook(plugin).setting("referralSecret", SECRET)
                .shop("other-shop", "EUR").build();

        String code = ofType(blocks(order("1001"), shop), BlockType.REFERRAL).code();

        assertThat(ofType(blocks(order("1002"), shop), BlockType.REFERRAL).code()).isNotEqualTo(code);
        assertThat(ofType(blocks(order("1001"), otherShop), BlockType.REFERRAL).code()).isNotEqualTo(code);
    }

    @Test
    void withoutASecretEachShopMakesAndKeepsItsOwnKey() {
        InMemoryPluginState shopA = new InMemoryPluginState();
        InMemoryPluginState shopB = new InMemoryPluginState();
        TestPluginContext contextA = TestPluginContext.forHook(plugin).state(shopA).build();

        plugin.shopStarted(contextA);
        String code = ofType(blocks(order("1001"), contextA), BlockType.REFERRAL).code();
        String otherKey = ofType(blocks(order("1001"), TestPluginContext.forHook(plugin).shop("other-shop", "EUR")
                .state(shopB).build()), BlockType.REFERRAL).code();

        assertThat(shopA.snapshot()).containsOnlyKeys(ShopSecret.STATE_KEY);
        assertThat(shopB.snapshot().get(ShopSecret.STATE_KEY)).isNotEqualTo(shopA.snapshot().get(ShopSecret.STATE_KEY));
        assertThat(otherKey).isNotEqualTo(code);
    }

    @Test
    void aConfiguredSecretIsUsedInsteadOfTheState() {
        InMemoryPluginState state = new InMemoryPluginState();
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("referralSecret", SECRET)
                .state(state).build();
        TestPluginContext otherSecret = TestPluginContext.forHook(plugin)
                .setting("referralSecret", SECRET + "!").build();

        plugin.shopStarted(context);
        String code = ofType(blocks(order("1001"), context), BlockType.REFERRAL).code();

        assertThat(state.snapshot()).isEmpty();
        assertThat(ofType(blocks(order("1001"), otherSecret), BlockType.REFERRAL).code()).isNotEqualTo(code);
    }

    @Test
    void thanksByTheCustomersNameWhenTheOrderHasNone() {
        Order anonymous = order("1001", null, line("beans", 1));

        assertThat(plugin.blocks(anonymous, customer("  Bob  Jones "), defaults).get(0).title())
                .isEqualTo("Thank you, Bob!");
    }

    @Test
    void fallsBackToAGeneralThanksWithoutAName() {
        Order anonymous = order("1001", " ", line("beans", 1));

        assertThat(plugin.blocks(anonymous, null, defaults).get(0).title()).isEqualTo("Thank you for your order!");
        assertThat(plugin.blocks(anonymous, customer(null), defaults).get(0).title())
                .isEqualTo("Thank you for your order!");
    }

    @Test
    void cutsAnOverlongFirstName() {
        Order order = order("1001", "X".repeat(100), line("beans", 1));

        assertThat(plugin.blocks(order, null, defaults).get(0).title()).isEqualTo("Thank you, " + "X".repeat(40) + "!");
    }

    @Test
    void summarisesASingleItem() {
        assertThat(blocks(order("A-7", "Anna", line("beans", 1)), defaults).get(1).text())
                .isEqualTo("Your order A-7 is confirmed: 1 item, 42.50 EUR in total.");
    }

    @Test
    void neverEmitsHtmlAndLeavesEscapingToTheHost() {
        Order order = order("<b>1</b>", "<script>x</script>", line("beans", 1));

        List<PageBlock> blocks = plugin.blocks(order, null, defaults);

        assertThat(blocks).extracting(PageBlock::type).doesNotContain(BlockType.HTML);
        assertThat(blocks.get(0).title()).isEqualTo("Thank you, <script>x</script>!");
    }

    @Test
    void referralPrefixAndCouponPrefixStartTheCodes() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("referralPrefix", "REF_").setting("couponPrefix", "").build();

        List<PageBlock> blocks = blocks(order("1001"), context);

        assertThat(ofType(blocks, BlockType.REFERRAL).code()).matches("REF_[A-Z2-7]{10}");
        assertThat(ofType(blocks, BlockType.COUPON).code()).matches("[A-Z2-7]{10}");
    }

    @Test
    void referralTextSetsTheSentence() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("referralText", "Friends get 5 EUR off.").build();

        assertThat(ofType(blocks(order("1001"), context), BlockType.REFERRAL).text()).isEqualTo("Friends get 5 EUR off.");
    }

    @Test
    void referralUrlReplacesTheCodePlaceholder() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("referralUrl", "/invite?c={code}").build();

        PageBlock referral = ofType(blocks(order("1001"), context), BlockType.REFERRAL);

        assertThat(referral.url()).isEqualTo("/invite?c=" + referral.code());
    }

    @Test
    void anEmptyReferralUrlMeansNoLink() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("referralUrl", "").build();

        assertThat(ofType(blocks(order("1001"), context), BlockType.REFERRAL).url()).isNull();
    }

    @Test
    void nextOrderCouponPercentAndCouponValidDaysShapeTheCoupon() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("nextOrderCouponPercent", 25).setting("couponValidDays", 1).build();

        assertThat(ofType(blocks(order("1001"), context), BlockType.COUPON).text())
                .isEqualTo("25% off your next order with this code, valid for 1 day (until 2026-01-16).");
    }

    @Test
    void aZeroCouponPercentShowsNoCoupon() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("nextOrderCouponPercent", 0).build();

        assertThat(blocks(order("1001"), context)).extracting(PageBlock::type).doesNotContain(BlockType.COUPON);
    }

    @Test
    void linksAreShownLastInTheirOrder() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("links", List.of(
                Map.of("title", "Brewing guide", "url", "https://example.com/guide"),
                Map.of("title", " Care ", "url", "/care"))).build();

        List<PageBlock> blocks = blocks(order("1001"), context);

        assertThat(blocks.subList(4, 6)).containsExactly(
                PageBlock.link("Brewing guide", "https://example.com/guide"), PageBlock.link("Care", "/care"));
    }
}
