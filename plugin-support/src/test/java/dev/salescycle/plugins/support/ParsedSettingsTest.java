package dev.salescycle.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ParsedSettingsTest {

    private final AtomicInteger parses = new AtomicInteger();
    private final ParsedSettings<Integer> parsed = new ParsedSettings<>(s -> {
        parses.incrementAndGet();
        return s.integer("max");
    });

    @Test
    void settingsAreParsedOncePerShopAndAgainWhenTheHostHandsOverNewOnes() {
        PluginContext coffee = context("coffee", 3);
        PluginContext tea = context("tea", 5);

        assertThat(List.of(parsed.get(coffee), parsed.get(coffee), parsed.get(tea), parsed.get(coffee)))
                .containsExactly(3, 3, 5, 3);
        assertThat(parses).hasValue(2);

        PluginContext reconfigured = context("coffee", 4);
        assertThat(parsed.get(reconfigured)).isEqualTo(4);
        assertThat(parses).hasValue(3);
    }

    @Test
    void twoSettingsOfOneShopTakenInTurnAreEachParsedOnce() {
        PluginContext control = context("coffee", 3);
        PluginContext variant = context("coffee", 7);
        for (int i = 0; i < 10; i++) {
            assertThat(parsed.get(i % 2 == 0 ? control : variant)).isEqualTo(i % 2 == 0 ? 3 : 7);
        }
        assertThat(parses).hasValue(2);
    }

    private static PluginContext context(String shop, int max) {
        return TestPluginContext.forHook(new Hook()).shop(shop, "EUR").setting("max", max).build();
    }

    /** A hook declaring the one setting, so the test kit can check values against it. */
    private static final class Hook implements ConversionOffer {
        @Override
        public List<SettingSpec> settingSpecs() {
            return List.of(SettingSpec.of("max", SettingType.INTEGER, "1", "the most"));
        }

        @Override
        public List<Offer> offers(Cart cart, PluginContext context) {
            return List.of();
        }
    }
}
