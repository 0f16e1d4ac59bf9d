package dev.salescycle.host.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Tails and log-gamma against reference values (SciPy 1.17's norm, chi2 and gammaln). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DistributionsTest {

    @Test
    void normalTails() {
        assertThat(Normal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-14));
        assertThat(Normal.cdf(-3)).isCloseTo(0.0013498980316300933, withinPercentage(1e-10));
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.twoSidedP(1.96)).isCloseTo(0.04999579029644087, withinPercentage(1e-10));
        assertThat(Normal.twoSidedP(-1.96)).isEqualTo(Normal.twoSidedP(1.96));
        assertThat(Normal.twoSidedP(10)).isCloseTo(1.523970604832094e-23, withinPercentage(1e-8));
    }

    @Test
    void chiSquaredTails() {
        assertThat(ChiSquared.survival(10.827566170662733, 1)).isCloseTo(0.001, withinPercentage(1e-9));
        assertThat(ChiSquared.survival(16.91897760462045, 9)).isCloseTo(0.05, withinPercentage(1e-9));
        assertThat(ChiSquared.survival(8, 1)).isCloseTo(0.004677734981047276, withinPercentage(1e-9));
        assertThat(ChiSquared.survival(0.5, 3)).isCloseTo(0.9188914116546758, withinPercentage(1e-9));
        assertThat(ChiSquared.survival(7, 2)).isCloseTo(Math.exp(-3.5), withinPercentage(1e-10));
        assertThat(ChiSquared.survival(100, 50)).isCloseTo(3.454931382984871e-05, withinPercentage(1e-8));
        assertThat(ChiSquared.survival(300, 200)).isCloseTo(5.924540335483916e-06, withinPercentage(1e-8));
        assertThat(ChiSquared.survival(0, 4)).isEqualTo(1);
    }

    @Test
    void logGamma() {
        assertThat(Gamma.logGamma(0.5)).isCloseTo(0.5723649429247, within(1e-13));
        assertThat(Gamma.logGamma(10)).isCloseTo(12.801827480081469, within(1e-12));
        assertThat(Gamma.logGamma(0.1)).isCloseTo(2.252712651734206, within(1e-13));
        assertThat(Gamma.logGamma(123.4)).isCloseTo(469.3360974421906, within(1e-10));
    }
}
