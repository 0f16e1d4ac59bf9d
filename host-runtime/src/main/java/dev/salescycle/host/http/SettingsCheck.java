package dev.salescycle.host.http;

import dev.salescycle.host.config.PluginRef;
import dev.salescycle.host.config.SettingsException;
import dev.salescycle.host.config.SettingsValidator;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks settings sent to the admin API against the plugin's declared schema before anything changes, so that
 * the refusal (422 {@code invalid_config}, as any refused change) also names the setting in {@code field}
 * ({@code settings.<name>}), beside which a form can show the message.
 */
final class SettingsCheck {

    private SettingsCheck() {
    }

    static void check(LoadedPlugin plugin, PluginRef ref, java.util.Currency currency) {
        Map<String, Object> settings = ref.settings();
        List<SettingSpec> specs = new ArrayList<>();
        plugin.hooks().forEach(h -> specs.addAll(h.settingSpecs()));
        try {
            new SettingsValidator(specs).resolve(settings, currency);
        } catch (SettingsException e) {
            SettingsException.Problem first = e.problems().get(0);
            String all = e.problems().stream().map(p -> ref.settingProblem(p.setting(), p.message()))
                    .collect(Collectors.joining("; "));
            throw new RequestException(422, "invalid_config", all, "settings." + first.setting());
        } catch (IllegalArgumentException e) {
            // a schema the host cannot use: left to the shop's rebuild, which names it
        }
    }
}
