package dev.salescycle.host.experiments.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The hash space is cut exactly where the weights say, whatever form the weights take. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AllocationTest {

    @Test
    void anEvenSplitCutsAtHalfTheHashSpace() {
        Allocation even = Allocation.of(Variant.of("A", 50), Variant.of("B", 50));

        assertThat(even.upperBound(0)).isEqualTo(Long.MIN_VALUE); // 2^63 as an unsigned value
        assertThat(even.indexOf(0x7FFF_FFFF_FFFF_FFFFL)).isZero();
        assertThat(even.indexOf(0x8000_0000_0000_0000L)).isEqualTo(1);
        assertThat(even.indexOf(-1L)).isEqualTo(1);
        assertThat(even.share(0)).isEqualTo(0.5);
    }

    @Test
    void thirdsAreFloorsOfExactFractions() {
        Allocation thirds = Allocation.of(Variant.of("A", 1), Variant.of("B", 1), Variant.of("C", 1));

        assertThat(thirds.upperBound(0)).isEqualTo(0x5555_5555_5555_5555L);
        assertThat(thirds.upperBound(1)).isEqualTo(0xAAAA_AAAA_AAAA_AAAAL);
        assertThat(thirds.indexOf(0x5555_5555_5555_5554L)).isZero();
        assertThat(thirds.indexOf(0x5555_5555_5555_5555L)).isEqualTo(1);
        assertThat(thirds.indexOf(0xAAAA_AAAA_AAAA_AAAAL)).isEqualTo(2);
    }

    @Test
    void decimalAndIntegerWeightsOfTheSameRatioCutAlike() {
        Allocation decimals = Allocation.of(Variant.of("A", 0.1), Variant.of("B", 0.9));
        Allocation integers = Allocation.of(new Variant("A", BigDecimal.ONE), new Variant("B", new BigDecimal("9")));
        Allocation written = Allocation.of(List.of(new Variant("A", new BigDecimal("1.000")),
                new Variant("B", new BigDecimal("9E+0"))));

        assertThat(decimals.upperBound(0)).isEqualTo(integers.upperBound(0)).isEqualTo(written.upperBound(0))
                .isEqualTo(1844674407370955161L);
        assertThat(decimals.share(0)).isEqualTo(0.1);
    }

    @Test
    void refusesWhatCannotBeSplit() {
        assertThatThrownBy(() -> Allocation.of(Variant.of("A", 1))).hasMessageContaining("at least 2 variants");
        assertThatThrownBy(() -> Allocation.of(Variant.of("A", 1), Variant.of("A", 2))).hasMessageContaining("named twice");
        assertThatThrownBy(() -> Variant.of("A", 0)).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> Variant.of("A", -1)).hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> Variant.of("A", Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Variant.of(" ", 1)).hasMessageContaining("name");
        assertThatThrownBy(() -> Variant.of("A", 1e-19)).hasMessageContaining("at most 18 decimal places");
        assertThatThrownBy(() -> new Variant("A", new BigDecimal("1E+19"))).hasMessageContaining("at most 10^18");
    }
}
