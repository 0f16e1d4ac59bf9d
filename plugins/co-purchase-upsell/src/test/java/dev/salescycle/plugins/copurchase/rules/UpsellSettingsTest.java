package dev.salescycle.plugins.copurchase.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class UpsellSettingsTest {

    @Test
    void theDeclaredRankByDefaultIsConfidence() {
        UpsellSettings settings = UpsellSettings.from(TestPluginContext.forHook(declaring(UpsellSettings.SPECS))
                .build().settings());

        assertThat(settings.rankBy()).isEqualTo(RankBy.CONFIDENCE);
    }

    @Test
    void settingsWithoutAnyRankByFallBackToTheDeclaredDefault() {
        List<SettingSpec> withoutDefault = UpsellSettings.SPECS.stream()
                .map(s -> s.name().equals("rankBy") ? SettingSpec.of("rankBy", s.type(), null, s.help()) : s)
                .toList();

        UpsellSettings settings = UpsellSettings.from(TestPluginContext.forHook(declaring(withoutDefault))
                .build().settings());

        assertThat(settings.rankBy().settingValue()).isEqualTo(specOf("rankBy").defaultValue());
    }

    private static SalesCycleHook declaring(List<SettingSpec> specs) {
        return new SalesCycleHook() {
            @Override
            public List<SettingSpec> settingSpecs() {
                return specs;
            }
        };
    }

    private static SettingSpec specOf(String name) {
        return UpsellSettings.SPECS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
