package dev.salescycle.bench.experiments;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every scenario of the report, run.
 *
 * @param aaConversion      A/A on conversion
 * @param aaRevenue         A/A on capped revenue per visitor
 * @param aaRevenueUncapped A/A on uncapped revenue per visitor
 * @param abConversion      A/B, +10% relative on 5% conversion
 * @param mismatch          a 52/48 split analysed as 50/50
 * @param aaByTuning        A/A on conversion by the units the intervals are tightest at (the default included)
 * @param abByTuning        A/B on conversion likewise
 */
record SimulationResults(ScenarioResult aaConversion, ScenarioResult aaRevenue, ScenarioResult aaRevenueUncapped,
                         ScenarioResult abConversion, ScenarioResult mismatch, SortedMap<Long, ScenarioResult> aaByTuning,
                         SortedMap<Long, ScenarioResult> abByTuning) {

    SimulationResults {
        aaByTuning = new TreeMap<>(aaByTuning);
        abByTuning = new TreeMap<>(abByTuning);
    }

    /**
     * Runs every scenario with {@code runs} runs each, the mismatched split ten times as many (its power is
     * close to the 99% it is judged against, so its share needs a tighter interval), printing progress to
     * standard error.
     */
    static SimulationResults run(int runs, long seed) {
        long tuning = Scenarios.RULES.tightestAt();
        ScenarioResult aa = timed(Scenarios.aaConversion(), runs, seed);
        ScenarioResult ab = timed(Scenarios.abConversion(), runs, seed);
        SortedMap<Long, ScenarioResult> aaTuned = new TreeMap<>(Map.of(tuning, aa));
        SortedMap<Long, ScenarioResult> abTuned = new TreeMap<>(Map.of(tuning, ab));
        for (long other : Scenarios.OTHER_TUNINGS) {
            aaTuned.put(other, timed(Scenarios.tunedAt(Scenarios.aaConversion(), other), runs, seed));
            abTuned.put(other, timed(Scenarios.tunedAt(Scenarios.abConversion(), other), runs, seed));
        }
        return new SimulationResults(aa, timed(Scenarios.aaRevenue(), runs, seed),
                timed(Scenarios.aaRevenueUncapped(), runs, seed), ab, timed(Scenarios.mismatch(), 10 * runs, seed),
                aaTuned, abTuned);
    }

    private static ScenarioResult timed(Scenario scenario, int runs, long seed) {
        long start = System.nanoTime();
        ScenarioResult result = Simulation.run(scenario, runs, seed);
        System.err.printf("%s: %d runs in %.1f s%n", scenario.name(), runs, (System.nanoTime() - start) / 1e9);
        return result;
    }
}
