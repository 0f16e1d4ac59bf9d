package dev.salescycle.testkit.checks;

import dev.salescycle.host.config.SettingsException;
import dev.salescycle.host.config.SettingsValidator;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings a plugin's hooks declare, checked as the host checks them: each name declared with one type,
 * and each declared default valid against its own spec.
 */
final class DeclaredSettings {

    static final String NAME = "declared settings (specs and defaults)";

    private final List<SettingSpec> specs = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    DeclaredSettings(List<SalesCycleHook> hooks) {
        for (SalesCycleHook hook : hooks) {
            collect(hook);
        }
        if (problems.isEmpty()) {
            validate();
        }
    }

    /** Required settings without a default: no sample call can be made without inventing their values. */
    List<String> requiredWithoutDefault() {
        return specs.stream().filter(s -> s.required() && s.defaultValue() == null).map(SettingSpec::name).distinct().toList();
    }

    CheckResult result() {
        return problems.isEmpty() ? CheckResult.passed(NAME) : CheckResult.failed(NAME, String.join("; ", problems));
    }

    private void collect(SalesCycleHook hook) {
        String where = hook.getClass().getSimpleName() + ".settingSpecs()";
        try {
            List<SettingSpec> declared = hook.settingSpecs();
            if (declared == null || declared.stream().anyMatch(Objects::isNull)) {
                problems.add(where + " returned null or a list holding null: return List.of() when the hook reads no setting");
            } else {
                specs.addAll(declared);
            }
        } catch (RuntimeException e) {
            problems.add(where + " threw " + TimedCall.describe(e) + ": the host cannot enable a plugin whose specs it cannot read");
        }
    }

    private void validate() {
        SettingsValidator validator;
        try {
            validator = new SettingsValidator(specs);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + ": declare each setting with one type in all hooks of the plugin");
            return;
        }
        try {
            validator.resolve(Map.of(), java.util.Currency.getInstance("EUR"));
        } catch (SettingsException e) {
            List<String> required = requiredWithoutDefault();
            e.problems().stream().filter(p -> !required.contains(p.setting()))
                    .forEach(p -> problems.add("setting '" + p.setting() + "': " + p.message() + "; fix the declared default"));
        }
    }
}
