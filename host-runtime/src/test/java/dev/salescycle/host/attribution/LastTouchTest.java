package dev.salescycle.host.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.config.AttributionSettings;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LastTouchTest {

    private static final Instant T = Instant.parse("2026-12-06T10:00:00Z");
    private static final CartLine BEANS = new CartLine("beans", null, 2, Money.of("12.50", "EUR"));
    private static final CartLine FILTERS = new CartLine("filters", null, 1, Money.of("3.20", "EUR"));

    private static Touch touch(HookKind stage, String plugin, String item, TouchKind kind, int minutes) {
        return new Touch(stage, plugin, item, kind, T.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void aLineWithoutItsOwnTouchGoesToTheLatestTouchOfTheOrder() {
        Touch rec = touch(HookKind.UPSELL, "upsell", "filters", TouchKind.LINE, 5);
        Touch offer = touch(HookKind.CONVERSION_OFFER, "offers", "ten-off", TouchKind.OFFER, 1);
        Touch click = touch(HookKind.RETENTION_OFFER, "drip", "welcome", TouchKind.MAIL_CLICK, 3);

        List<Credit> credits = LastTouch.credit(List.of(BEANS, FILTERS), Arrays.asList(null, rec), List.of(offer, click));

        assertThat(credits).containsExactlyInAnyOrder(new Credit(rec, new java.math.BigDecimal("3.20"), 1),
                new Credit(offer, java.math.BigDecimal.ZERO, 0), new Credit(click, new java.math.BigDecimal("25.00"), 1));
    }

    @Test
    void aLineKeepsItsOwnTouchEvenWhenTheOrdersTouchesCameLater() {
        Touch rec = touch(HookKind.UPSELL, "upsell", "filters", TouchKind.LINE, 0);
        Touch later = touch(HookKind.CONVERSION_OFFER, "offers", "nudge", TouchKind.OFFER, 10);
        assertThat(LastTouch.credit(List.of(FILTERS), Arrays.asList(rec), List.of(later)))
                .containsExactlyInAnyOrder(new Credit(rec, new java.math.BigDecimal("3.20"), 1),
                        new Credit(later, java.math.BigDecimal.ZERO, 0));
    }

    @Test
    void ofTwoRecommendationsOfALinesSkuTheLaterWins() {
        Touch first = touch(HookKind.UPSELL, "upsell", "filters", TouchKind.LINE, 0);
        Touch second = touch(HookKind.UPSELL, "other-upsell", "filters", TouchKind.LINE, 2);
        assertThat(LastTouch.credit(List.of(FILTERS), Arrays.asList(first), List.of(second)))
                .contains(new Credit(second, new java.math.BigDecimal("3.20"), 1), new Credit(first, java.math.BigDecimal.ZERO, 0));
    }

    @Test
    void aRecommendationNamedByTheOrderAppliesToTheLinesOfItsSkuOnly() {
        Touch rec = touch(HookKind.UPSELL, "upsell", "filters", TouchKind.LINE, 0);
        assertThat(LastTouch.credit(List.of(BEANS, FILTERS), Arrays.asList(null, null), List.of(rec)))
                .containsExactly(new Credit(rec, new java.math.BigDecimal("3.20"), 1));
    }

    @Test
    void anOrderWithoutTouchesCreditsNothing() {
        assertThat(LastTouch.credit(List.of(BEANS), Arrays.asList((Touch) null), List.of())).isEmpty();
    }

    @Test
    void windowsBoundTheAgeOfATouchAndAllowALittleClockSkew() {
        Windows windows = new Windows(AttributionSettings.DEFAULTS);
        Touch offer = touch(HookKind.CONVERSION_OFFER, "offers", "o", TouchKind.OFFER, 0);
        assertThat(windows.allows(offer, T.plus(Duration.ofHours(24)))).isTrue();
        assertThat(windows.allows(offer, T.plus(Duration.ofHours(24)).plusSeconds(1))).isFalse();
        assertThat(windows.allows(offer, T.minus(Duration.ofMinutes(5)))).as("a host's clock a little behind").isTrue();
        assertThat(windows.allows(offer, T.minus(Duration.ofMinutes(6)))).isFalse();
        Touch open = touch(HookKind.RETENTION_OFFER, "drip", "m", TouchKind.MAIL_OPEN, 0);
        assertThat(windows.allows(open, T.plus(Duration.ofDays(5)))).isTrue();
        assertThat(windows.allows(open, T.plus(Duration.ofDays(5)).plusSeconds(1))).isFalse();
        Touch block = touch(HookKind.THANK_YOU_PAGE, "thanks", "CODE", TouchKind.THANK_YOU, 0);
        assertThat(windows.allows(block, T.plus(Duration.ofDays(30)))).isTrue();
        assertThat(windows.allows(block, T.plus(Duration.ofDays(31)))).isFalse();
    }
}
