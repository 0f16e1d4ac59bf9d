package dev.salescycle.bench.experiments;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Runs a scenario many times, in parallel over the available cores. Run {@code i} is seeded from the base
 * seed, the scenario's name and {@code i} alone, and assigns under salt {@code run-i}, so the results are
 * the same whatever the number of threads.
 */
final class Simulation {

    private Simulation() {
    }

    static ScenarioResult run(Scenario scenario, int runs, long seed) {
        long scenarioSeed = seed ^ new SplittableRandom(scenario.name().hashCode()).nextLong();
        List<RunResult> results = IntStream.range(0, runs).parallel()
                .mapToObj(i -> new SimulatedRun(scenario, i, scenarioSeed + i).run())
                .toList();
        return new ScenarioResult(scenario, results);
    }
}
