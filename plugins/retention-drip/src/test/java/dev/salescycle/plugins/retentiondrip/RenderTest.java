package dev.salescycle.plugins.retentiondrip;

import static dev.salescycle.plugins.retentiondrip.Fixtures.PLACED_AT;
import static dev.salescycle.plugins.retentiondrip.Fixtures.customer;
import static dev.salescycle.plugins.retentiondrip.Fixtures.order;
import static dev.salescycle.plugins.retentiondrip.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.ScheduledMessage;
import dev.salescycle.testkit.TestPluginContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class RenderTest {

    private final RetentionDrip plugin = new RetentionDrip();
    private final TestPluginContext defaults = TestPluginContext.forHook(plugin).build();
    private final Customer anna = customer("Anna Smith", PLACED_AT);

    private static ScheduledMessage message(String template, Map<String, String> data) {
        return new ScheduledMessage(template, template, PLACED_AT, true, data);
    }

    private static Map<String, String> data(String... keyValues) {
        Map<String, String> data = new HashMap<>(Map.of("orderId", "1001", "firstName", "Anna", "items", "Beans, Mug"));
        for (int i = 0; i < keyValues.length; i += 2) {
            data.put(keyValues[i], keyValues[i + 1]);
        }
        return data;
    }

    private MessageContent render(String template, Map<String, String> data) {
        return plugin.render(message(template, data), anna, defaults);
    }

    @Test
    void rendersEveryScheduledDefaultMessage() {
        List<ScheduledMessage> messages = plugin.schedule(order("1001"), anna, defaults);

        assertThat(messages).allSatisfy(m -> {
            MessageContent content = plugin.render(m, anna, defaults);
            assertThat(content.subject()).isNotBlank();
            assertThat(content.text()).startsWith("Hi Anna,").contains("Beans, Mug");
            assertThat(content.html()).startsWith("<p>Hi Anna,</p>");
        });
    }

    @Test
    void theWelcomeThanksForTheOrder() {
        MessageContent content = render("welcome", data());

        assertThat(content.subject()).isEqualTo("Thank you for your order, Anna");
        assertThat(content.text()).contains("Thank you for your order 1001. We are getting Beans, Mug ready for you.");
    }

    @Test
    void theReviewRequestLinksToTheReviewPageOfTheOrder() {
        MessageContent content = render("review-request", data());

        assertThat(content.subject()).isEqualTo("How do you like your order, Anna?");
        assertThat(content.text()).contains("Beans, Mug").endsWith("Write a review: https://example.com/review/1001\n");
        assertThat(content.html()).contains("<a href=\"https://example.com/review/1001\">Write a review</a>");
    }

    @Test
    void reviewUrlSetsTheLinkWithTheOrderIdEncoded() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("reviewUrl", "/reviews?order={orderId}")
                .build();

        MessageContent content = plugin.render(message("review-request", data("orderId", "A 1/2")), anna, context);

        assertThat(content.text()).contains("Write a review: /reviews?order=A+1%2F2");
    }

    @Test
    void anEmptyReviewUrlLeavesTheLinkOut() {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting("reviewUrl", "").build();

        MessageContent content = plugin.render(message("review-request", data()), anna, context);

        assertThat(content.text()).doesNotContain("Write a review");
        assertThat(content.html()).doesNotContain("<a ");
    }

    @Test
    void theWinBackOffersItsCoupon() {
        MessageContent content = render("win-back", data("couponCode", "COMEBACK-ABC", "couponPercent", "15"));

        assertThat(content.subject()).isEqualTo("We miss you, Anna");
        assertThat(content.text()).contains("since you ordered Beans, Mug")
                .contains("Use code COMEBACK-ABC for 15% off your next order.");
        assertThat(content.html()).contains("<p>Use code COMEBACK-ABC for 15% off your next order.</p>");
    }

    @Test
    void anyTemplateWithACouponOffersIt() {
        assertThat(render("education", data("couponCode", "X-1", "couponPercent", "5")).text())
                .contains("Use code X-1 for 5% off");
        assertThat(render("win-back", data()).text()).doesNotContain("Use code");
    }

    @Test
    void theEducationMessageNamesTheProducts() {
        MessageContent content = render("education", data());

        assertThat(content.subject()).isEqualTo("Getting the most out of your order");
        assertThat(content.text()).contains("get the most out of Beans, Mug");
    }

    @Test
    void greetsByTheCustomersNameWhenTheMessageHasNone() {
        Map<String, String> data = data();
        data.remove("firstName");

        assertThat(plugin.render(message("win-back", data), customer("Bob Jones", PLACED_AT), defaults).subject())
                .isEqualTo("We miss you, Bob");
    }

    @Test
    void greetsNeutrallyWithoutAnyName() {
        Map<String, String> data = data();
        data.remove("firstName");

        MessageContent content = plugin.render(message("win-back", data), null, defaults);

        assertThat(content.subject()).isEqualTo("We miss you");
        assertThat(content.text()).startsWith("Hello,");
    }

    @Test
    void copesWithoutOrderIdAndItems() {
        MessageContent content = plugin.render(message("review-request", Map.of()), null, defaults);

        assertThat(content.text()).contains("You have had your order for a little while").doesNotContain("null")
                .doesNotContain("Write a review");
    }

    @Test
    void escapesNamesAndItemsInHtmlButNotInText() {
        MessageContent content = render("welcome", data("firstName", "<b>Al</b>", "items", "Fish & \"Chips\""));

        assertThat(content.html()).contains("Hi &lt;b&gt;Al&lt;/b&gt;,").contains("Fish &amp; &quot;Chips&quot;")
                .doesNotContain("<b>");
        assertThat(content.text()).contains("Hi <b>Al</b>,").contains("Fish & \"Chips\"");
    }

    @Test
    void rejectsAnUnknownTemplate() {
        assertThatThrownBy(() -> render("newsletter", data()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown template 'newsletter'");
    }

    @Test
    void rendersRepeatedStepsByTheirTemplate() {
        TestPluginContext context = TestPluginContext.forHook(plugin)
                .setting("steps", List.of(step("P1D", "education"), step("P2D", "education"))).build();

        ScheduledMessage second = plugin.schedule(order("1001"), anna, context).get(1);

        assertThat(second.key()).isEqualTo("education-2");
        assertThat(plugin.render(second, anna, context).subject()).isEqualTo("Getting the most out of your order");
    }
}
