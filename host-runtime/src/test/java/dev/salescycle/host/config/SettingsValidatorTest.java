package dev.salescycle.host.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SettingsValidatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final SettingsValidator validator = new SettingsValidator(List.of(
            SettingSpec.of("maxItems", SettingType.INTEGER, "4", "How many").range(1, 50),
            SettingSpec.of("threshold", SettingType.DECIMAL, "50.00", "Free shipping from"),
            SettingSpec.of("rankBy", SettingType.STRING, "lift", "Order").oneOf("lift", "confidence", "support"),
            SettingSpec.of("enabled", SettingType.BOOLEAN, "true", ""),
            SettingSpec.of("delay", SettingType.DURATION, "P1D", ""),
            SettingSpec.of("exclude", SettingType.STRING_LIST, null, ""),
            SettingSpec.of("steps", SettingType.STRUCTURE, null, ""),
            SettingSpec.of("secret", SettingType.STRING, null, "").asRequired(),
            SettingSpec.of("wrapPrice", SettingType.MONEY, "2.50", "Gift wrapping").range(0, 100)));

    @Test
    void appliesDefaultsAndTypesValues() {
        Settings s = validator.resolve(Map.of("secret", "x", "maxItems", new BigDecimal("7"), "exclude", List.of("a", "b"),
                "steps", List.of(Map.of("after", "P1D"))), EUR);
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
                "delay", "tomorrow", "maxItem", 3), EUR))
                .isInstanceOfSatisfying(SettingsException.class, e -> assertThat(e.problems()).extracting(
                        SettingsException.Problem::setting, SettingsException.Problem::message).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("maxItem", "unknown setting; known: [delay, enabled, exclude, maxItems, rankBy, secret, steps, threshold, wrapPrice]"),
                        org.assertj.core.groups.Tuple.tuple("maxItems", "expected integer 1..50, got \"lots\""),
                        org.assertj.core.groups.Tuple.tuple("rankBy", "expected text one of [lift, confidence, support], got \"price\""),
                        org.assertj.core.groups.Tuple.tuple("enabled", "expected true or false, got \"yes\""),
                        org.assertj.core.groups.Tuple.tuple("delay", "expected ISO-8601 duration such as P14D, got \"tomorrow\""),
                        org.assertj.core.groups.Tuple.tuple("secret", "required text, missing")));
    }

    @Test
    void boundsAreInclusiveAndFractionsAreNotIntegers() {
        assertThat(validator.resolve(Map.of("secret", "x", "maxItems", 50), EUR).integer("maxItems")).isEqualTo(50);
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "maxItems", 51), EUR)).hasMessageContaining("1..50");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "maxItems", new BigDecimal("2.5")), EUR))
                .hasMessageContaining("expected integer");
    }

    @Test
    void conflictingDeclarationsAreRefused() {
        assertThatThrownBy(() -> new SettingsValidator(List.of(SettingSpec.of("a", SettingType.STRING, null, ""),
                SettingSpec.of("a", SettingType.INTEGER, null, "")))).hasMessageContaining("declared as both");
    }

    @Test
    void anOperatorsValueMustHaveTheSettingsYamlType() {
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", new BigDecimal("42")), EUR))
                .hasMessage("secret: expected text, got 42 (write text in quotes)");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "enabled", "true"), EUR))
                .hasMessage("enabled: expected true or false, got \"true\" (write it without quotes)");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "maxItems", "7"), EUR))
                .hasMessage("maxItems: expected integer 1..50, got \"7\" (write it without quotes)");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "delay", new BigDecimal("3")), EUR))
                .hasMessageContaining("delay: expected ISO-8601 duration");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "exclude", List.of("a", new BigDecimal("7"))), EUR))
                .hasMessageContaining("exclude: expected list of text");
        assertThat(validator.resolve(Map.of("secret", "42", "threshold", new BigDecimal("12.5")), EUR)
                .decimal("threshold")).isEqualByComparingTo("12.5");
    }

    @Test
    void moneyHasAtMostTheCurrencysMinorDigitsAndIsNeverRounded() {
        assertThat(validator.resolve(Map.of("secret", "x"), EUR).money("wrapPrice"))
                .isEqualTo(dev.salescycle.sdk.model.Money.of("2.50", "EUR"));
        assertThat(validator.resolve(Map.of("secret", "x", "wrapPrice", "3.5"), EUR).money("wrapPrice"))
                .hasToString("3.50 EUR");
        assertThat(validator.resolve(Map.of("secret", "x", "wrapPrice", "30"), Currency.getInstance("JPY"))
                .money("wrapPrice")).hasToString("30 JPY");
        assertThat(validator.resolve(Map.of("secret", "x", "wrapPrice", "2.500"), EUR).money("wrapPrice"))
                .hasToString("2.50 EUR");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "wrapPrice", "2.555"), EUR))
                .hasMessage("wrapPrice: expected an amount in EUR with at most 2 decimals, got \"2.555\"");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "wrapPrice", "2.5"), Currency.getInstance("JPY")))
                .hasMessageContaining("at most 0 decimals");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "wrapPrice", "-1"), EUR))
                .hasMessageContaining("0..100");
        assertThatThrownBy(() -> validator.resolve(Map.of("secret", "x", "wrapPrice", "two"), EUR))
                .hasMessageContaining("expected amount of money");
    }
}
