package dev.salescycle.host.config;

import java.util.List;
import java.util.stream.Collectors;

/** Settings that do not match a plugin's declared specs; one problem per bad setting. */
public final class SettingsException extends IllegalArgumentException {

    /** One bad setting: its name and what was expected and found. */
    public record Problem(String setting, String message) {
    }

    private final transient List<Problem> problems;

    public SettingsException(List<Problem> problems) {
        super(problems.stream().map(p -> p.setting() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
