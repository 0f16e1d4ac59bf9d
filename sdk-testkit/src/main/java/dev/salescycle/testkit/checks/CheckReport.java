package dev.salescycle.testkit.checks;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The results of all checks of one plugin, in the order they ran.
 *
 * @param plugin the checked plugin file or folder
 * @param results one result per check
 * @since 1.0.0
 */
public record CheckReport(Path plugin, List<CheckResult> results) {

    /** Keeps an unmodifiable copy of the results. */
    public CheckReport {
        results = List.copyOf(results);
    }

    /** The failed checks. */
    public List<CheckResult> failures() {
        return results.stream().filter(CheckResult::failed).toList();
    }

    /** The result of the check with this name, if it ran. */
    public Optional<CheckResult> result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Throws an {@link AssertionError} listing every failure, if any check failed. */
    public void assertPassed() {
        List<CheckResult> failures = failures();
        if (!failures.isEmpty()) {
            throw new AssertionError(plugin.getFileName() + " failed " + failures.size() + " plugin check(s):\n"
                    + failures.stream().map(f -> "- " + f.name() + ": " + f.message()).collect(Collectors.joining("\n")));
        }
    }

    @Override
    public String toString() {
        return plugin.getFileName() + ":\n" + results.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
    }
}
