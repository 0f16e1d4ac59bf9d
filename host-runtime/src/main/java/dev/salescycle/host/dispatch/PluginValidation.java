package dev.salescycle.host.dispatch;

import dev.salescycle.host.config.PluginRef;
import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.settings.SettingProblem;
import dev.salescycle.sdk.settings.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks each hook of a plugin whether a shop's typed settings are usable ({@link SalesCycleHook#validate}),
 * with the plugin's class loader as context class loader. A plugin is not trusted: a hook that throws or
 * answers garbage is reported as a problem with its settings, never as a host failure.
 */
final class PluginValidation {

    private PluginValidation() {
    }

    /** The problems of all hooks, each worded with file, line and field. */
    static List<String> problems(LoadedPlugin plugin, Settings settings, PluginRef ref) {
        List<String> problems = new ArrayList<>();
        for (SalesCycleHook hook : plugin.hooks()) {
            for (Object found : answer(plugin, hook, settings)) {
                if (found instanceof SettingProblem p) {
                    problems.add(ref.settingProblem(p.setting(), p.message()));
                } else if (found instanceof String failure) {
                    problems.add(ref.locator().problem(ref.path() + ".settings", failure));
                }
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }

    private static List<?> answer(LoadedPlugin plugin, SalesCycleHook hook, Settings settings) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.classLoader());
        try {
            List<SettingProblem> answer = hook.validate(settings);
            if (answer == null || answer.stream().anyMatch(java.util.Objects::isNull)) {
                return List.of(failure(plugin, hook, "answered null"));
            }
            return answer;
        } catch (RuntimeException | LinkageError e) {
            return List.of(failure(plugin, hook, "threw " + e));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String failure(LoadedPlugin plugin, SalesCycleHook hook, String what) {
        return "plugin '" + plugin.id() + "' could not check its settings: " + hook.getClass().getSimpleName()
                + ".validate " + what;
    }
}
