package dev.salescycle.host.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pearson's goodness of fit of the units against the weights. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SampleRatioTest {

    @Test
    void anExactSplitFitsPerfectly() {
        SampleRatioCheck check = SampleRatio.test(new long[] {2_500, 7_500}, new double[] {1, 3});

        assertThat(check.chiSquared()).isZero();
        assertThat(check.pValue()).isEqualTo(1);
    }

    @Test
    void twoPercentOffAtTwentyThousandIsUnlikelyButNotAnAlarm() {
        // (200^2 / 10,000) * 2 = 8 on 1 degree of freedom.
        SampleRatioCheck check = SampleRatio.test(new long[] {10_200, 9_800}, new double[] {50, 50});

        assertThat(check.chiSquared()).isCloseTo(8, within(1e-12));
        assertThat(check.degreesOfFreedom()).isEqualTo(1);
        assertThat(check.pValue()).isCloseTo(0.004677734981047276, withinPercentage(1e-9));
    }

    @Test
    void threeArmsHaveTwoDegreesOfFreedom() {
        SampleRatioCheck check = SampleRatio.test(new long[] {1_100, 1_000, 900}, new double[] {1, 1, 1});

        assertThat(check.chiSquared()).isCloseTo(20, within(1e-12));
        assertThat(check.pValue()).isCloseTo(Math.exp(-10), withinPercentage(1e-9));
    }

    @Test
    void refusesMismatchedInput() {
        assertThatThrownBy(() -> SampleRatio.test(new long[] {1, 2}, new double[] {1})).hasMessageContaining("one share");
        assertThatThrownBy(() -> SampleRatio.test(new long[] {1, 2}, new double[] {1, 0})).hasMessageContaining("positive");
    }
}
