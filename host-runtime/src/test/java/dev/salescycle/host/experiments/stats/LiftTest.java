package dev.salescycle.host.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Two arms compared, against the documented formulas worked out by hand (in double precision elsewhere). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LiftTest {

    private final MixtureBoundary boundary = MixtureBoundary.tightestAt(50_000, 0.05);

    @Test
    void conversionRatesEarlyOnGiveAWideInterval() {
        Comparison c = Lift.compare(new BinaryTally(1000, 50), new BinaryTally(1000, 70), boundary);

        assertThat(c.controlMean()).isEqualTo(0.05);
        assertThat(c.treatmentMean()).isEqualTo(0.07);
        assertThat(c.absolute().estimate()).isCloseTo(0.02, within(1e-15));
        assertThat(c.absolute().lower()).isCloseTo(-0.03382402727200125, within(1e-12));
        assertThat(c.absolute().upper()).isCloseTo(0.07382402727200124, within(1e-12));
        assertThat(c.relative().estimate()).isCloseTo(0.4, within(1e-12));
        assertThat(c.relative().lower()).isCloseTo(-0.43749734603277646, within(1e-12));
        assertThat(c.relative().upper()).isCloseTo(2.484428004341838, within(1e-11));
        assertThat(c.pValue()).isCloseTo(0.7473511632501898, within(1e-12));
    }

    @Test
    void conversionRatesLaterExcludeNoDifference() {
        Comparison c = Lift.compare(new BinaryTally(20_000, 1000), new BinaryTally(20_000, 1200), boundary);

        assertThat(c.absolute().lower()).isCloseTo(0.0030706352219404646, within(1e-12));
        assertThat(c.absolute().upper()).isCloseTo(0.016929364778059536, within(1e-12));
        assertThat(c.pValue()).isCloseTo(0.0006524882876586298, within(1e-14));
    }

    @Test
    void amountsUseTheSampleVariance() {
        ContinuousTally tally = new ContinuousTally(4, 2, 30, 500); // amounts 0, 0, 10, 20

        assertThat(tally.mean()).isEqualTo(7.5);
        assertThat(tally.unitVariance()).isCloseTo(275.0 / 3, within(1e-12));
        assertThat(new ContinuousTally(1, 1, 5, 25).unitVariance()).isInfinite();
    }

    @Test
    void aProportionsVarianceCountsOneYesAndOneNoMore() {
        assertThat(new BinaryTally(98, 0).unitVariance()).isCloseTo(0.01 * 0.99, within(1e-15));
        assertThat(new BinaryTally(0, 0).mean()).isZero();
    }

    @Test
    void aControlWithoutConversionsHasNoRelativeLift() {
        Comparison c = Lift.compare(new BinaryTally(500, 0), new BinaryTally(500, 5), boundary);

        assertThat(c.relative().estimate()).isNaN();
        assertThat(c.relative().lower()).isInfinite();
        assertThat(c.absolute().lower()).isFinite();
    }

    @Test
    void anEmptyArmConcludesNothing() {
        Comparison c = Lift.compare(new BinaryTally(0, 0), new BinaryTally(500, 5), boundary);

        assertThat(c.absolute().lower()).isInfinite();
        assertThat(c.pValue()).isEqualTo(1);
    }

    @Test
    void talliesRefuseImpossibleCounts() {
        assertThatThrownBy(() -> new BinaryTally(10, 11)).hasMessageContaining("conversions");
        assertThatThrownBy(() -> new BinaryTally(-1, 0)).hasMessageContaining("conversions");
        assertThatThrownBy(() -> new ContinuousTally(10, 2, Double.NaN, 1)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new ContinuousTally(10, 2, 1, -1)).hasMessageContaining("negative");
    }
}
