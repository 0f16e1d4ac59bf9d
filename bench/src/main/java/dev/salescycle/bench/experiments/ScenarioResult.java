package dev.salescycle.bench.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The runs of one scenario, and the shares the report and the tests read from them.
 *
 * @param scenario the scenario
 * @param runs     one result per run, in run order
 */
record ScenarioResult(Scenario scenario, List<RunResult> runs) {

    ScenarioResult {
        runs = List.copyOf(runs);
    }

    /** Runs that had declared a winner by {@code units} units. */
    long winnersBy(long units) {
        return count(r -> r.firstWinner() > 0 && r.firstWinner() <= units);
    }

    /** Runs whose fixed-horizon test, read at every look, had said "significant" by {@code units} units. */
    long fixedHorizonBy(long units) {
        return count(r -> r.firstFixedHorizon() > 0 && r.firstFixedHorizon() <= units);
    }

    /** Runs whose fixed-horizon test, read once at the last look, said "significant". */
    long fixedHorizonAtEnd() {
        return count(RunResult::fixedHorizonAtEnd);
    }

    /** Runs with a sample-ratio mismatch at the last look. */
    long mismatchAtEnd() {
        return count(RunResult::mismatchAtEnd);
    }

    /** Runs with a sample-ratio mismatch at any look. */
    long mismatchEver() {
        return count(r -> r.firstMismatch() > 0);
    }

    /** Runs whose winner is not {@code expected} (any winner, if {@code expected} is null). */
    long winnersOtherThan(String expected) {
        return count(r -> r.winner() != null && !r.winner().equals(expected));
    }

    /**
     * The units by which a share {@code q} of all runs had declared a winner; -1 if fewer runs ever did.
     * Runs without a winner count as needing more than the horizon.
     */
    long unitsToWinner(double q) {
        long[] units = runs.stream().mapToLong(r -> r.firstWinner() > 0 ? r.firstWinner() : Long.MAX_VALUE).sorted().toArray();
        int index = (int) Math.ceil(q * units.length) - 1;
        long value = units[Math.max(0, index)];
        return value == Long.MAX_VALUE ? -1 : value;
    }

    /** The look points, 0 to the horizon, for curves. */
    long[] looks() {
        long every = scenario.lookEvery();
        long[] looks = new long[(int) (scenario.horizon() / every) + 1];
        Arrays.setAll(looks, i -> i * every);
        return looks;
    }

    int size() {
        return runs.size();
    }

    private long count(Predicate<RunResult> test) {
        return runs.stream().filter(test).count();
    }
}
