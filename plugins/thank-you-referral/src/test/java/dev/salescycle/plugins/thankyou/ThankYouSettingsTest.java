package dev.salescycle.plugins.thankyou;

import static dev.salescycle.plugins.thankyou.Orders.customer;
import static dev.salescycle.plugins.thankyou.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ThankYouSettingsTest {

    private final ThankYouReferral plugin = new ThankYouReferral();

    @Test
    void everyDefaultIsValidAndReadsAsDocumented() {
        ThankYouSettings settings = ThankYouSettings.read(TestPluginContext.forHook(plugin).build().settings());

        assertThat(settings.referralSecret()).isNull();
        assertThat(settings.referralPrefix()).isEqualTo("FRIEND-");
        assertThat(settings.referralUrl()).isEqualTo("https://example.com/r/{code}");
        assertThat(settings.nextOrderCouponPercent()).isEqualTo(10);
        assertThat(settings.couponPrefix()).isEqualTo("THANKS-");
        assertThat(settings.couponValidDays()).isEqualTo(30);
        assertThat(settings.links()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"nextOrderCouponPercent, 95", "nextOrderCouponPercent, -1", "couponValidDays, 0",
            "couponValidDays, month", "links, /guide"})
    void rejectsBadValuesNamingTheSetting(String setting, String value) {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting(setting, value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(setting + ":");
    }

    @Test
    void rejectsAReferralUrlGivenAsAList() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("referralUrl", List.of("a")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("referralUrl:");
    }

    @Test
    void rejectsUnknownSettings() {
        assertThatThrownBy(() -> TestPluginContext.forHook(plugin).setting("couponPercent", 10).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("couponPercent: unknown setting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.com/{code}", "//evil.example/{code}",
            "https:///{code}", "example.com/r/{code}", "https://exa mple.com/{code}"})
    void rejectsAReferralUrlThatIsNotAnHttpAddressOrPath(String url) {
        assertBad("referralUrl", url, "referralUrl: expected an http(s) address or a path starting with /");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FRIEND ", "<b>", "ÄBC-", "ABCDEFGHIJKLMNOPQRSTU"})
    void rejectsPrefixesThatDoNotFitACode(String prefix) {
        assertBad("referralPrefix", prefix, "referralPrefix: expected at most 20 letters");
        assertBad("couponPrefix", prefix, "couponPrefix: expected at most 20 letters");
    }

    @Test
    void rejectsAShortSecret() {
        assertBad("referralSecret", "short", "referralSecret: expected at least 16 characters");
    }

    @Test
    void rejectsLinksNamingTheEntryAndField() {
        assertBad("links", Map.of("title", "x"), "links: expected a list");
        assertBad("links", List.of("https://example.com"), "links[0]: expected a map");
        assertBad("links", List.of(Map.of("title", "a", "url", "/a"), Map.of("title", "b", "url", "javascript:x")),
                "links[1].url: expected an http(s) address");
        assertBad("links", List.of(Map.of("url", "/a")), "links[0].title: expected text");
        assertBad("links", List.of(Map.of("title", "a")), "links[0].url: expected text");
        assertBad("links", List.of(Map.of("title", "a", "url", "/a", "icon", "x")), "links[0]: unknown field 'icon'");
    }

    private void assertBad(String setting, Object value, String message) {
        TestPluginContext context = TestPluginContext.forHook(plugin).setting(setting, value).build();

        assertThatThrownBy(() -> plugin.shopStarted(context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
        assertThatThrownBy(() -> plugin.blocks(order("1001"), customer("Anna"), context))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }
}
