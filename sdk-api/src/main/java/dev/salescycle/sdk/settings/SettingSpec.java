package dev.salescycle.sdk.settings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One setting a plugin declares: its name, type, default, bounds and help text. The host validates
 * each shop's settings against these specs and reports errors with file, line and field.
 *
 * @param name the key in the plugin's {@code settings:} map
 * @param type the expected type
 * @param defaultValue the default as written in YAML (for example {@code "50.00"} or {@code "P1D"}); null if none
 * @param required whether the operator must set it
 * @param min the smallest allowed number (INTEGER and DECIMAL), or null
 * @param max the largest allowed number (INTEGER and DECIMAL), or null
 * @param allowedValues the allowed values (STRING and STRING_LIST elements); empty for any
 * @param help a sentence for the operator
 * @since 1.0.0
 */
public record SettingSpec(String name, SettingType type, String defaultValue, boolean required,
                          BigDecimal min, BigDecimal max, List<String> allowedValues, String help) {

    public SettingSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("setting name must not be blank");
        }
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        help = help == null ? "" : help;
    }

    /** An optional setting with a default. */
    public static SettingSpec of(String name, SettingType type, String defaultValue, String help) {
        return new SettingSpec(name, type, defaultValue, false, null, null, List.of(), help);
    }

    /** A copy bounded to {@code min..max} (numbers). */
    public SettingSpec range(Number min, Number max) {
        return new SettingSpec(name, type, defaultValue, required,
                min == null ? null : new BigDecimal(min.toString()),
                max == null ? null : new BigDecimal(max.toString()), allowedValues, help);
    }

    /** A copy that accepts only the given values. */
    public SettingSpec oneOf(String... values) {
        return new SettingSpec(name, type, defaultValue, required, min, max, List.of(values), help);
    }

    /** A copy that the operator must set. */
    public SettingSpec asRequired() {
        return new SettingSpec(name, type, defaultValue, true, min, max, allowedValues, help);
    }
}
