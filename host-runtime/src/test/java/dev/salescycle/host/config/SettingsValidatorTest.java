package dev.salescycle.host.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class SettingsValidatorTest {

    private final SettingsValidator validator = new SettingsValidator(List.of(
            SettingSpec.of("maxItems", SettingType.INTEGER, "4", "How many").range(1, 50),
            SettingSpec.of("threshold", SettingType.DECIMAL, "50.00", "Free shipping from"),
            SettingSpec.of("rankBy", SettingType.STRING, "lift", "Order").oneOf("lift", "confidence", "support"),
            SettingSpec.of("enabled", SettingType.BOOLEAN, "true", ""),
            SettingSpec.of("delay", SettingType.DURATION, "P1D", ""),
            SettingSpec.of("exclude", SettingType.STRING_LIST, null, ""),
            SettingSpec.of("steps", SettingType.STRUCTURE, null, ""),
            SettingSpec.of("secret", SettingType.STRING, null, "").asRequired()));

    @Test
    void appliesDefaultsAndTypesValues() {
        Settings s = validator.resolve(Map.of("secret", "x", "maxItems", new BigDecimal("7"), "exclude", List.of("a", "b"),
                "steps", List.of(Map.of("after", "P1D"))));
        assertThat(s.integer("maxItems")).isEqualTo(7);
        assertThat(s.decimal("threshold")).isEqualByComparingTo("50.00");
        assertThat(s.string("rankBy")).contains("lift");
        assertThat(s.bool("enabled")).isTrue();
        assertThat(s.duration("delay")).isEqualTo(Duration.ofDays(1));
        assertThat(s.stringList("exclude")).containsExactly("a", "b");
        assertThat(s.structure("steps")).contains(List.of(Map.of("after", "P1D")));
        assertThatThrownBy(() -> s.integer("nope")).hasMessageContaining("not declared");
        assertThatThrownBy(() -> s.decimal("maxItems")).hasMessageContaining("is INTEGER, read as DECIMAL");
    }

    @Test
    void reportsEveryProblemWithWhatWasExpected() {
        assertThatThrownBy(() -> validator.resolve(Map.of("maxItems", "lots", "rankBy", "price", "enabled", "yes",
                "delay", "tomorrow", "maxItem", 3)))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.problems()).extracting(
                        SettingsException.Problem::setting, SettingsException.Problem::message).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("maxItem", "unknown setting; known: [delay, enabled, exclude, maxItems, rankBy, secret, steps, threshold]"),
                        org.assertj.core.groups.Tuple.tuple("maxItems", "expected integer 1..50, got \"lots\""),
                        org.assertj.core.groups.Tuple.tuple("rankBy", "expected text one of [lift, confidence, support], got \"price\""),
                        org.assertj.core.groups.Tuple.tuple("enabled", "expected true or false, got \"yes\""),
                        org.assertj.core.groups.Tuple.tuple("delay", "expected ISO-8601 duration such as P14D, got \"tomorrow\""),
                        org.assertj.core.groups.Tuple.tuple("secret", "required text, missing")));
    }

    @Test
    void boundsAreInclusiveAndFractionsAreNotIntegers() {
        assertThat(validator.resolve(Map.of("secret", "x", "maxItems", 50)).integer("maxItems")).isEqualTo(50);
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "maxItems", 51))).hasMessageContaining("1..50");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "maxItems", new BigDecimal("2.5"))))
                .hasMessageContaining("expected integer");
    }

    @Test
    void conflictingDeclarationsAreRefused() {
        assertThatThrownBy(() -> new SettingsValidator(List.of(SettingSpec.of("a", SettingType.STRING, null, ""),
                SettingSpec.of("a", SettingType.INTEGER, null, "")))).hasMessageContaining("declared as both");
    }
}
