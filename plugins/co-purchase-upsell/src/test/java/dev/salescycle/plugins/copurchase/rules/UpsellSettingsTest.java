package dev.salescycle.plugins.copurchase.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.config.SettingsValidator;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpsellSettingsTest {

    @Test
    void theDeclaredRankByDefaultIsConfidence() {
        UpsellSettings settings = UpsellSettings.from(new SettingsValidator(UpsellSettings.SPECS).resolve(Map.of()));

        assertThat(settings.rankBy()).isEqualTo(RankBy.CONFIDENCE);
    }

    @Test
    void settingsWithoutAnyRankByFallBackToTheDeclaredDefault() {
        List<SettingSpec> withoutDefault = UpsellSettings.SPECS.stream()
                .map(s -> s.name().equals("rankBy") ? SettingSpec.of("rankBy", s.type(), null, s.help()) : s)
                .toList();

        UpsellSettings settings = UpsellSettings.from(new SettingsValidator(withoutDefault).resolve(Map.of()));

        assertThat(settings.rankBy().settingValue()).isEqualTo(specOf("rankBy").defaultValue());
    }

    private static SettingSpec specOf(String name) {
        return UpsellSettings.SPECS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
