package dev.salescycle.testkit;

import dev.salescycle.sdk.settings.SettingProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Settings the host would refuse for a plugin: a value that does not match the declared specs, or a problem
 * the plugin's own {@link dev.salescycle.sdk.SalesCycleHook#validate} found. The message is the host's, one
 * {@code name: expected ..., got ...} per problem joined by {@code "; "}.
 *
 * @since 1.1.0
 */
public final class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<SettingProblem> problems;

    /** Settings refused for the given problems. */
    public InvalidSettingsException(List<SettingProblem> problems) {
        super(problems.stream().map(p -> p.setting() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Each problem: the setting (or a path inside it, such as {@code steps[1].after}) and the message. */
    public List<SettingProblem> problems() {
        return problems;
    }
}
