package dev.salescycle.host.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The confidence sequence's width, its tuning and its p-value agree with one another and with the formulas. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MixtureBoundaryTest {

    private final MixtureBoundary boundary = MixtureBoundary.tightestAt(50_000, 0.05);

    @Test
    void atItsTuningPointTheHalfWidthIsTheSquareRootOfOnePlusXTimesTheStandardError() {
        // x = L + ln(1 + x) makes (1 + x) / x * (ln(1 + x) + L) equal to 1 + x; x = 8.211968 for alpha 0.05.
        assertThat(boundary.rhoSquared() * 50_000).isCloseTo(8.211968062068253, within(1e-12));
        assertThat(boundary.halfWidth(1, 50_000)).isCloseTo(3.035122413028551, within(1e-12));
    }

    @Test
    void theScaledWidthIsSmallestAtTheTuningPoint() {
        double atTuning = scaledWidth(50_000);

        assertThat(scaledWidth(40_000)).isGreaterThan(atTuning);
        assertThat(scaledWidth(60_000)).isGreaterThan(atTuning);
        assertThat(scaledWidth(1_000)).isGreaterThan(4.5);
        assertThat(scaledWidth(5_000_000)).isLessThan(3.7);
    }

    @Test
    void thePValueIsAtMostAlphaExactlyWhenTheIntervalExcludesZero() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double estimate = random.nextGaussian() * 0.01;
            double variance = Math.pow(10, random.nextDouble(-8, -4));
            long units = random.nextLong(2, 1_000_000);

            Interval interval = boundary.interval(estimate, variance, units);
            boolean excludesZero = interval.above(0) || interval.below(0);
            assertThat(boundary.pValue(estimate, variance, units) <= 0.05).isEqualTo(excludesZero);
        }
    }

    @Test
    void aStrongerSignalHasASmallerPValue() {
        assertThat(boundary.pValue(0, 1e-6, 20_000)).isEqualTo(1);
        assertThat(boundary.pValue(0.004, 1e-6, 20_000)).isLessThan(boundary.pValue(0.003, 1e-6, 20_000));
        assertThat(boundary.pValue(-0.004, 1e-6, 20_000)).isEqualTo(boundary.pValue(0.004, 1e-6, 20_000));
    }

    @Test
    void anUnknownVarianceConcludesNothing() {
        assertThat(boundary.interval(0.5, Double.POSITIVE_INFINITY, 100)).isEqualTo(Interval.unbounded(0.5));
        assertThat(boundary.interval(0.5, 0, 100)).isEqualTo(Interval.unbounded(0.5));
        assertThat(boundary.pValue(0.5, Double.NaN, 100)).isEqualTo(1);
        assertThat(boundary.pValue(0.5, 1e-6, 0)).isEqualTo(1);
    }

    @Test
    void refusesSettingsThatMeanNothing() {
        assertThatThrownBy(() -> MixtureBoundary.tightestAt(0, 0.05)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new MixtureBoundary(1, 1e-4)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new MixtureBoundary(0.05, 0)).hasMessageContaining("rhoSquared");
    }

    /** The half-width in standard errors of a unit-variance mean after {@code units} units. */
    private double scaledWidth(long units) {
        return boundary.halfWidth(1.0 / units, units) * Math.sqrt(units);
    }
}
