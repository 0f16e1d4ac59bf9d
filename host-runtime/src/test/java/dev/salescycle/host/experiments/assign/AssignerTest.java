package dev.salescycle.host.experiments.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.host.experiments.stats.ChiSquared;
import dev.salescycle.host.experiments.stats.SampleRatio;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Assignment is a fixed function of the key, spreads units as the weights say, and is independent between
 * experiments. The uniformity checks are chi-squared tests over a million ids at p >= 0.001: a sound hash
 * fails one with probability 0.001 (a fixed set of ids, so it would fail every run, never at random),
 * while a biased cut (modulo bias, a weak hash on sequential ids) gives p-values near 0.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AssignerTest {

    private static final int IDS = 1_000_000;

    private final Allocation even = Allocation.of(Variant.of("A", 1), Variant.of("B", 1));

    @Test
    void theHashIsXxh64OfTheUtf8Key() {
        Assigner assigner = new Assigner("checkout-offer", "2026a", even);
        for (String unit : new String[] {"visitor-42", "顧客-7", "naïve 🛒", "v".repeat(5000)}) {
            byte[] key = ("checkout-offer:2026a:" + unit).getBytes(StandardCharsets.UTF_8);

            assertThat(assigner.hash(unit)).isEqualTo(Xxh64.hash(key, 0, key.length));
        }
    }

    @Test
    void pinnedAssignmentsNeverChange() {
        Assigner assigner = new Assigner("checkout-offer", "2026a", even);

        assertThat(assigner.hash("visitor-42")).isEqualTo(0x60DF958E8CD04EE1L);
        assertThat(assigner.variant("visitor-42").name()).isEqualTo("A");
        assertThat(new int[] {assigner.assign("visitor-1"), assigner.assign("visitor-2"), assigner.assign("visitor-3"),
            assigner.assign("visitor-4"), assigner.assign("visitor-5"), assigner.assign("visitor-6")})
                .containsExactly(0, 1, 0, 1, 0, 0);
    }

    @Test
    void sequentialIdsSpreadEvenlyOverTenVariants() {
        Variant[] variants = new Variant[10];
        for (int i = 0; i < variants.length; i++) {
            variants[i] = Variant.of("v" + i, 1);
        }
        Assigner assigner = new Assigner("uniform", "", Allocation.of(variants));
        long[] counts = new long[10];
        for (int i = 0; i < IDS; i++) {
            counts[assigner.assign("visitor-" + i)]++;
        }

        assertThat(SampleRatio.test(counts, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}).pValue()).isGreaterThan(0.001);
    }

    @Test
    void randomIdsFollowUnevenDecimalWeights() {
        Assigner assigner = new Assigner("uneven", "s1", Allocation.of(Variant.of("A", 1), Variant.of("B", 2),
                Variant.of("C", 3.5)));
        SplittableRandom random = new SplittableRandom(7);
        long[] counts = new long[3];
        for (int i = 0; i < IDS; i++) {
            counts[assigner.assign(new UUID(random.nextLong(), random.nextLong()).toString())]++;
        }

        assertThat(SampleRatio.test(counts, new double[] {1, 2, 3.5}).pValue()).isGreaterThan(0.001);
    }

    @Test
    void twoExperimentsAssignIndependently() {
        Allocation four = Allocation.of(Variant.of("a", 1), Variant.of("b", 1), Variant.of("c", 1), Variant.of("d", 1));
        Assigner first = new Assigner("first", "", four);
        Assigner second = new Assigner("second", "", four);
        long[][] table = new long[4][4];
        for (int i = 0; i < IDS; i++) {
            String unit = "customer-" + i;
            table[first.assign(unit)][second.assign(unit)]++;
        }
        double statistic = 0;
        double expected = IDS / 16.0;
        for (long[] row : table) {
            for (long cell : row) {
                statistic += (cell - expected) * (cell - expected) / expected;
            }
        }

        assertThat(ChiSquared.survival(statistic, 9)).isGreaterThan(0.001);
    }

    @Test
    void aNewSaltReshufflesAboutHalfOfAnEvenSplit() {
        Assigner before = new Assigner("exp", "one", even);
        Assigner after = new Assigner("exp", "two", even);
        int moved = 0;
        for (int i = 0; i < 100_000; i++) {
            moved += before.assign("u" + i) == after.assign("u" + i) ? 0 : 1;
        }

        // Binomial(100,000, 1/2): sd 158; 49,000 to 51,000 is over 6 sd either side.
        assertThat(moved).isBetween(49_000, 51_000);
    }

    @Test
    void raisingTheFirstWeightOnlyMovesUnitsIntoTheFirstVariant() {
        Assigner half = new Assigner("exp", "", even);
        Assigner sixty = new Assigner("exp", "", Allocation.of(Variant.of("A", 60), Variant.of("B", 40)));
        int moved = 0;
        for (int i = 0; i < 100_000; i++) {
            int was = half.assign("u" + i);
            int now = sixty.assign("u" + i);
            assertThat(was == 0 && now == 1).as("unit u%d left A", i).isFalse();
            moved += was == now ? 0 : 1;
        }

        // A tenth of the units move from B to A: Binomial(100,000, 0.1), sd 95.
        assertThat(moved).isBetween(9_400, 10_600);
    }

    @Test
    void refusesAmbiguousKeysAndEmptyUnits() {
        assertThatThrownBy(() -> new Assigner("a:b", "", even)).hasMessageContaining("':'");
        assertThatThrownBy(() -> new Assigner("a", "b:c", even)).hasMessageContaining("':'");
        assertThatThrownBy(() -> new Assigner("", "", even)).hasMessageContaining("non-empty");
        Assigner assigner = new Assigner("exp", "", even);
        assertThatThrownBy(() -> assigner.assign("")).hasMessageContaining("unit id");
    }
}
