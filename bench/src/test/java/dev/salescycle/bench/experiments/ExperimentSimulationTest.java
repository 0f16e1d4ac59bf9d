package dev.salescycle.bench.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The proof by simulation, reduced: the real assigner and decider on synthetic visitors, with fewer runs
 * than the report (ExperimentSimulation) but margins that a broken engine could not pass. The runs are
 * seeded, so each check gives the same answer every time; the comments give, for each bound, the binomial
 * probability that an engine on the wrong side of the claim would still pass it, and that one on the right
 * side (at the rate the full simulation measures) would fail it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExperimentSimulationTest {

    private static final long SEED = 20_261_206;

    @Test
    void aaFalseWinnersStayUnderFivePercentWhileThePeekingZTestGoesFarAbove() {
        ScenarioResult aa = Simulation.run(Scenarios.aaConversion(), 200, SEED);

        // 200 runs, 100 looks each. At most 10 false winners (5%): an engine whose true rate were 10% would pass
        // with probability 0.008; one at 2% would fail with probability 0.003.
        assertThat(aa.winnersBy(Scenarios.AA_HORIZON)).isLessThanOrEqualTo(10);
        // The same runs read with the fixed-horizon z-test at every look: at least 30 (15%). A method holding 5%
        // would reach 30 with probability 9e-8, so the harness does catch peeking; at the z-test's 25% it would
        // fail with probability 2e-4.
        assertThat(aa.fixedHorizonBy(Scenarios.AA_HORIZON)).isGreaterThanOrEqualTo(30);
        // Read once at the horizon, the z-test is what it claims: Binomial(200, 0.05) lies in 2..20 with
        // probability 0.998.
        assertThat(aa.fixedHorizonAtEnd()).isBetween(2L, 20L);
        // The sample-ratio alarm at the last look fires in 0.1% of correct splits: more than 2 of 200, 0.001.
        assertThat(aa.mismatchAtEnd()).isLessThanOrEqualTo(2);
    }

    @Test
    void aaFalseWinnersOnHeavyTailedRevenueStayUnderFivePercent() {
        ScenarioResult aa = Simulation.run(Scenarios.aaRevenue(), 200, SEED);

        // As for conversion: at most 10 of 200 (pass at a true 10%: 0.008).
        assertThat(aa.winnersBy(Scenarios.AA_HORIZON)).isLessThanOrEqualTo(10);
        assertThat(aa.fixedHorizonBy(Scenarios.AA_HORIZON)).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aTenPercentLiftOnFivePercentConversionIsFoundAndNeverReversed() {
        ScenarioResult ab = Simulation.run(Scenarios.abConversion(), 100, SEED);

        // At least 85 of 100 runs find it by 200,000 units: an engine with 75% power would pass with probability
        // 0.011; at the full simulation's rate (98%) it fails with probability 5e-8.
        assertThat(ab.winnersBy(Scenarios.AB_HORIZON)).isGreaterThanOrEqualTo(85);
        // Half the runs find it by 100,000 units (the full simulation's median is 57,800).
        assertThat(ab.unitsToWinner(0.5)).isPositive().isLessThanOrEqualTo(100_000);
        // A winner in the wrong direction is an error the interval allows at most alpha / 2 of the time, and
        // far less at this effect size: none in 100 runs.
        assertThat(ab.winnersOtherThan("B")).isZero();
    }

    @Test
    void aFiftyTwoFortyEightSplitConfiguredAsFiftyFiftyIsFlagged() {
        ScenarioResult mismatch = Simulation.run(Scenarios.mismatch(), 300, SEED);

        // Chi-squared at p < 0.001 has 99.1% power here (noncentrality 32). At least 291 of 300 (97%): a check
        // with 95% power would pass with probability 0.065, one with 90% with probability 3e-6; at 99.1% it
        // fails with probability 5e-4.
        assertThat(mismatch.mismatchAtEnd()).isGreaterThanOrEqualTo(291);
    }
}
