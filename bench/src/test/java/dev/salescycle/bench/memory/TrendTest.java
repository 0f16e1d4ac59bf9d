package dev.salescycle.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The memory trend is the least-squares slope of the loaded samples; the sample before load is left out. */
@Timeout(600)
class TrendTest {

    @Test
    void aHeapGrowingTwoMebibytesAMinuteShowsThatSlope() {
        List<Double> minutes = new ArrayList<>();
        List<MemorySample> samples = new ArrayList<>();
        minutes.add(0.0);
        samples.add(new MemorySample(500L << 20, 30L << 20, 6000, 25));
        for (int i = 1; i <= 6; i++) {
            minutes.add(i * 0.5);
            samples.add(new MemorySample((long) ((60 + i) * 1048576.0), 31L << 20, 6100, 40));
        }

        assertThat(Trend.describe(minutes, samples)).contains("slope +2.00 MiB per minute").contains("threads 40 -> 40");
    }

    @Test
    void aSampleReadsBackFromItsJson() {
        MemorySample sample = new MemorySample(52_813_944, 34_287_952, 6543, 25);

        assertThat(MemorySample.parse(sample.json())).isEqualTo(sample);
    }
}
