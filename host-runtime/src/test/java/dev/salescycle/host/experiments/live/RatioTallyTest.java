package dev.salescycle.host.experiments.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.salescycle.host.experiments.stats.ContinuousTally;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RatioTallyTest {

    @Test
    void withOneOrderPerUnitTheRatioIsTheMeanAmountPerUnit() {
        double[] amounts = {10, 20, 30, 45.5, 12};
        double sum = 0;
        double squares = 0;
        for (double a : amounts) {
            sum += a;
            squares += a * a;
        }
        ContinuousTally ratio = RatioTally.averageOrderValue(5, 5, sum, squares, 5, 5, sum);
        ContinuousTally plain = new ContinuousTally(5, 5, sum, squares);
        assertThat(ratio.mean()).isCloseTo(plain.mean(), within(1e-9));
        assertThat(ratio.unitVariance()).isCloseTo(plain.unitVariance(), within(1e-9));
    }

    @Test
    void theVarianceIsTheDeltaMethodsOverUnitsComputedFromTheUnitsThemselves() {
        Random random = new Random(3);
        int units = 2_000;
        double[] v = new double[units];
        int[] n = new int[units];
        double sv = 0;
        double svv = 0;
        long sn = 0;
        double snn = 0;
        double svn = 0;
        long converted = 0;
        for (int i = 0; i < units; i++) {
            n[i] = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(3);
            for (int k = 0; k < n[i]; k++) {
                v[i] += Math.exp(3 + random.nextGaussian());
            }
            converted += n[i] > 0 ? 1 : 0;
            sv += v[i];
            svv += v[i] * v[i];
            sn += n[i];
            snn += (double) n[i] * n[i];
            svn += v[i] * n[i];
        }
        double ratio = sv / sn;
        double meanOrders = (double) sn / units;
        double zz = 0;
        for (int i = 0; i < units; i++) {
            double z = (v[i] - ratio * n[i]) / meanOrders;
            zz += z * z;
        }
        ContinuousTally tally = RatioTally.averageOrderValue(units, converted, sv, svv, sn, snn, svn);
        assertThat(tally.mean()).isCloseTo(ratio, within(1e-9));
        assertThat(tally.unitVariance()).isCloseTo(zz / (units - 1), within(1e-6 * zz / units));
        assertThat(tally.conversions()).isEqualTo(converted);
    }

    @Test
    void anArmWithoutOrdersConcludesNothing() {
        ContinuousTally none = RatioTally.averageOrderValue(50, 0, 0, 0, 0, 0, 0);
        assertThat(none.mean()).isZero();
        assertThat(none.unitVariance()).isGreaterThan(1e300);
    }
}
