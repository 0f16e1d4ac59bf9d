package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.plugins.support.ShopSecret;
import static dev.salescycle.plugins.retentiondrip.Fixtures.PLACED_AT;
import static dev.salescycle.plugins.retentiondrip.Fixtures.customer;
import static dev.salescycle.plugins.retentiondrip.Fixtures.line;
import static dev.salescycle.plugins.retentiondrip.Fixtures.order;
import static dev.salescycle.plugins.retentiondrip.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScheduledMessage;
import dev.salescycle.testkit.InMemoryPluginState;
import dev.salescycle.testkit.TestPluginContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ScheduleTest {

    private final RetentionDrip plugin = new RetentionDrip();
    private final TestPluginContext defaults = TestPluginContext.forHook(plugin).build();

    private List<ScheduledMessage> schedule(Order order, TestPluginContext context) {
        return plugin.schedule(order, customer("Anna Smith", PLACED_AT), context);
    }

    private static TestPluginContext withSteps(Object steps) {
        return TestPluginContext.forHook(new RetentionDrip()).setting("steps", steps).build();
    }

    @Test
    void schedulesWelcomeReviewRequestAndWinBackByDefault() {
        List<ScheduledMessage> messages = schedule(order("1001"), defaults);

        assertThat(messages).extracting(ScheduledMessage::key).containsExactly("welcome", "review-request", "win-back");
        assertThat(messages).extracting(ScheduledMessage::template)
                .containsExactly("welcome", "review-request", "win-back");
        assertThat(messages).extracting(ScheduledMessage::dueAt).containsExactly(
                PLACED_AT.plus(Duration.ofDays(1)), PLACED_AT.plus(Duration.ofDays(14)), PLACED_AT.plus(Duration.ofDays(60)));
        assertThat(messages).extracting(ScheduledMessage::marketing).containsExactly(false, true, true);
    }

    @Test
    void onlyTheDefaultWinBackCarriesAFifteenPercentCoupon() {
        List<ScheduledMessage> messages = schedule(order("1001"), defaults);

        assertThat(messages.get(2).data()).containsEntry("couponPercent", "15");
        assertThat(messages.get(2).data().get("couponCode")).matches("COMEBACK-[A-Z2-7]{10}");
        assertThat(messages.get(0).data()).doesNotContainKeys("couponCode", "couponPercent");
        assertThat(messages.get(1).data()).doesNotContainKeys("couponCode", "couponPercent");
    }

    @Test
    void recordsOrderFirstNameItemsAndWhenItWasScheduled() {
        ScheduledMessage welcome = schedule(order("1001"), defaults).get(0);

        assertThat(welcome.data())
                .containsEntry("orderId", "1001")
                .containsEntry("firstName", "Anna")
                .containsEntry("items", "Beans, Mug")
                .containsEntry("scheduledAt", TestPluginContext.DEFAULT_NOW.toString());
    }

    @Test
    void takesTheFirstNameFromTheCustomerWhenTheOrderHasNone() {
        List<ScheduledMessage> messages = plugin.schedule(order("1001", null, line("beans", "Beans")),
                customer("Bob Jones", PLACED_AT), defaults);

        assertThat(messages.get(0).data()).containsEntry("firstName", "Bob");
    }

    @Test
    void leavesTheFirstNameOutWhenNoneIsKnown() {
        List<ScheduledMessage> messages = plugin.schedule(order("1001", " ", line("beans", "Beans")), null, defaults);

        assertThat(messages).allSatisfy(m -> assertThat(m.data()).doesNotContainKey("firstName"));
    }

    @Test
    void namesItemsBySkuWithoutANameAndCountsBeyondFive() {
        Order order = order("1001", "Anna", line("a", "A"), line("b", null), line("c", "C"), line("d", "D"),
                line("e", "E"), line("f", "F"), line("g", " "));

        assertThat(schedule(order, defaults).get(0).data()).containsEntry("items", "A, b, C, D, E and 2 more");
    }

    @Test
    void theCouponCodeIsStablePerOrderAndDiffersBetweenOrders() {
        InMemoryPluginState state = new InMemoryPluginState();
        TestPluginContext context = TestPluginContext.forHook(plugin).state(state).build();

        String code = schedule(order("1001"), context).get(2).data().get("couponCode");

        assertThat(schedule(order("1001"), TestPluginContext.forHook(plugin).state(state).build()).get(2).data())
                .containsEntry("couponCode", code);
        assertThat(schedule(order("1002"), context).get(2).data().get("couponCode")).isNotEqualTo(code);
    }

    @Test
    void derivesTheCouponWithHmacSha256FromTheCouponSecret() {
        // Expected value computed independently (Python hmac + base64.b32encode), so codes stay stable.
        InMemoryPluginState state = new InMemoryPluginState();
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("couponSecret", "correct horse battery staple").state(state).build();

        plugin.shopStarted(context);

        assertThat(schedule(order("1001"), context).get(2).data()).containsEntry("couponCode", "COMEBACK-F7S22MTOJ5");
        assertThat(state.snapshot()).isEmpty();
    }

    @Test
    void withoutACouponSecretTheShopKeepsAGeneratedKey() {
        InMemoryPluginState state = new InMemoryPluginState();

        plugin.shopStarted(TestPluginContext.forHook(plugin).state(state).build());

        assertThat(state.snapshot()).containsOnlyKeys(ShopSecret.STATE_KEY);
    }

    @Test
    void couponPrefixStartsTheCode() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("couponPrefix", "BACK_").build();

        assertThat(schedule(order("1001"), context).get(2).data().get("couponCode")).matches("BACK_[A-Z2-7]{10}");
    }

    @Test
    void stepsReplaceTheDefaults() {
        List<ScheduledMessage> messages = schedule(order("1001"), withSteps(List.of(
                step("PT12H", "welcome"), step("P3D", "education", 5))));

        assertThat(messages).extracting(ScheduledMessage::key).containsExactly("welcome", "education");
        assertThat(messages.get(0).dueAt()).isEqualTo(PLACED_AT.plus(Duration.ofHours(12)));
        assertThat(messages.get(1).marketing()).isTrue();
        assertThat(messages.get(1).data()).containsEntry("couponPercent", "5").containsKey("couponCode");
    }

    @Test
    void numbersRepeatedTemplatesAndGivesEachCouponItsOwnCode() {
        List<ScheduledMessage> messages = schedule(order("1001"), withSteps(List.of(
                step("P1D", "education"), step("P30D", "win-back", 10), step("P7D", "education"),
                step("P90D", "win-back", "20"), step("P21D", "education"))));

        assertThat(messages).extracting(ScheduledMessage::key)
                .containsExactly("education", "win-back", "education-2", "win-back-2", "education-3");
        assertThat(messages).extracting(ScheduledMessage::template)
                .containsExactly("education", "win-back", "education", "win-back", "education");
        assertThat(messages.get(1).data().get("couponCode")).isNotEqualTo(messages.get(3).data().get("couponCode"));
        assertThat(messages.get(3).data()).containsEntry("couponPercent", "20");
    }

    @Test
    void anEmptyStepListSchedulesNothing() {
        assertThat(schedule(order("1001"), withSteps(List.of()))).isEmpty();
    }
}
