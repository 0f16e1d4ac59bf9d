package dev.salescycle.testkit.checks;

import java.util.Objects;

/**
 * The outcome of one plugin check.
 *
 * @param name what was checked, for example {@code "extension index (META-INF/extensions.idx)"}
 * @param outcome passed, failed or skipped
 * @param message for a failure, what is wrong and how to fix it; for a skip, why; empty when passed
 * @since 1.0.0
 */
public record CheckResult(String name, Outcome outcome, String message) {

    /** Whether a check passed, failed or was not run. */
    public enum Outcome {
        /** The plugin passed the check. */
        PASSED,
        /** The plugin failed the check; the message says what to fix. */
        FAILED,
        /** The check was not run; the message says why. */
        SKIPPED
    }

    /** Requires a name and an outcome. */
    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? "" : message;
    }

    /** A passed check. */
    public static CheckResult passed(String name) {
        return new CheckResult(name, Outcome.PASSED, "");
    }

    /** A failed check with what to fix. */
    public static CheckResult failed(String name, String message) {
        return new CheckResult(name, Outcome.FAILED, message);
    }

    /** A check that was not run, and why. */
    public static CheckResult skipped(String name, String reason) {
        return new CheckResult(name, Outcome.SKIPPED, reason);
    }

    /** Whether the check failed. */
    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return outcome + " " + name + (message.isEmpty() ? "" : ": " + message);
    }
}
