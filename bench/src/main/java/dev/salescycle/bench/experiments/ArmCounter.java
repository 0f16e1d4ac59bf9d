package dev.salescycle.bench.experiments;

import dev.salescycle.host.experiments.stats.ArmTally;
import dev.salescycle.host.experiments.stats.BinaryTally;
import dev.salescycle.host.experiments.stats.ContinuousTally;

/** One simulated arm's running counts, turned into the engine's tally at each look. */
final class ArmCounter {

    private long units;
    private long conversions;
    private double sum;
    private double sumOfSquares;

    void add(double value) {
        units++;
        if (value != 0) {
            conversions++;
            sum += value;
            sumOfSquares += value * value;
        }
    }

    ArmTally tally(boolean binary) {
        return binary ? new BinaryTally(units, conversions) : new ContinuousTally(units, conversions, sum, sumOfSquares);
    }
}
