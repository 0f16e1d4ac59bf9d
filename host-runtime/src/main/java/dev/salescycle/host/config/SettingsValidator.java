package dev.salescycle.host.config;

import dev.salescycle.sdk.settings.SettingSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks raw settings (as parsed from YAML or JSON) against a plugin's declared specs and types them.
 * Every problem is reported, not just the first.
 */
public final class SettingsValidator {

    private final Map<String, SettingSpec> specs = new LinkedHashMap<>();

    public SettingsValidator(Collection<SettingSpec> declared) {
        for (SettingSpec spec : declared) {
            SettingSpec earlier = specs.putIfAbsent(spec.name(), spec);
            if (earlier != null && earlier.type() != spec.type()) {
                throw new IllegalArgumentException("setting '" + spec.name() + "' is declared as both "
                        + earlier.type() + " and " + spec.type());
            }
        }
    }

    /** The declared specs, by name. */
    public Map<String, SettingSpec> specs() {
        return specs;
    }

    /**
     * Validates and types the raw settings of a shop in the given currency (MONEY settings are in it).
     *
     * @throws SettingsException naming each bad setting (relative names, such as {@code maxItems})
     */
    public ResolvedSettings resolve(Map<String, ?> raw, Currency currency) {
        Map<String, ?> given = raw == null ? Map.of() : raw;
        List<SettingsException.Problem> problems = new ArrayList<>();
        for (String name : given.keySet()) {
            if (!specs.containsKey(name)) {
                problems.add(new SettingsException.Problem(name,
                        "unknown setting; known: " + new TreeSet<>(specs.keySet())));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (SettingSpec spec : specs.values()) {
            Object value = given.get(spec.name());
            if (value == null && spec.required()) {
                problems.add(new SettingsException.Problem(spec.name(), "required " + SettingValues.describe(spec) + ", missing"));
                continue;
            }
            String fromDefault = value == null ? spec.defaultValue() : null;
            Object source = value != null ? value : fromDefault;
            if (source == null) {
                continue;
            }
            try {
                values.put(spec.name(), SettingValues.convert(spec, source, currency, fromDefault != null));
            } catch (IllegalArgumentException e) {
                String where = fromDefault != null ? " (declared default)" : "";
                problems.add(new SettingsException.Problem(spec.name(), e.getMessage() + where));
            }
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new ResolvedSettings(specs, values);
    }
}
