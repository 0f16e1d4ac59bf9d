package dev.salescycle.host.config;

import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plugin's settings for one shop after {@link SettingsValidator} checked them; values are already typed. */
public final class ResolvedSettings implements Settings {

    private final Map<String, SettingSpec> specs;
    private final Map<String, Object> values;

    ResolvedSettings(Map<String, SettingSpec> specs, Map<String, Object> values) {
        this.specs = Map.copyOf(specs);
        this.values = Map.copyOf(values);
    }

    /** The typed values, by setting name (defaults included). */
    public Map<String, Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolvedSettings o && o.values.equals(values) && o.specs.equals(specs);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public Optional<String> string(String name) {
        return Optional.ofNullable((String) get(name, SettingType.STRING));
    }

    @Override
    public int integer(String name) {
        return (Integer) required(name, SettingType.INTEGER);
    }

    @Override
    public BigDecimal decimal(String name) {
        return (BigDecimal) required(name, SettingType.DECIMAL);
    }

    @Override
    public boolean bool(String name) {
        return (Boolean) required(name, SettingType.BOOLEAN);
    }

    @Override
    public Duration duration(String name) {
        return (Duration) required(name, SettingType.DURATION);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        Object value = get(name, SettingType.STRING_LIST);
        return value == null ? List.of() : (List<String>) value;
    }

    @Override
    public Optional<Object> structure(String name) {
        return Optional.ofNullable(get(name, SettingType.STRUCTURE));
    }

    @Override
    public Money money(String name) {
        return (Money) required(name, SettingType.MONEY);
    }

    private Object required(String name, SettingType type) {
        Object value = get(name, type);
        if (value == null) {
            throw new IllegalArgumentException("setting '" + name + "' has no value and no default");
        }
        return value;
    }

    private Object get(String name, SettingType type) {
        SettingSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("setting '" + name + "' is not declared; declared: " + specs.keySet());
        }
        if (spec.type() != type) {
            throw new IllegalArgumentException("setting '" + name + "' is " + spec.type() + ", read as " + type);
        }
        return values.get(name);
    }
}
