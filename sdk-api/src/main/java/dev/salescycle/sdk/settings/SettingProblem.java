package dev.salescycle.sdk.settings;

import java.util.Objects;

/**
 * Something wrong with a shop's settings for a plugin that the declared types and bounds cannot say,
 * found by {@link dev.salescycle.sdk.SalesCycleHook#validate(Settings)}. The host reports it like any
 * other config error, with the file, the line and the field.
 *
 * @param setting the setting's name, or a path inside it such as {@code steps[1].after}
 * @param message what was expected and what was found, for the operator
 * @since 1.1.0
 */
public record SettingProblem(String setting, String message) {

    /**
     * Checks the problem.
     *
     * @throws NullPointerException if {@code setting} or {@code message} is null
     */
    public SettingProblem {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(message, "message");
    }
}
