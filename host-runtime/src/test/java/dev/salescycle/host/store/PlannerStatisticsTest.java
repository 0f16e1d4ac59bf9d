package dev.salescycle.host.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class PlannerStatisticsTest {

    @Test
    void saysNothingWhenAutovacuumRuns() {
        assertThat(PlannerStatistics.describe("on", "on")).isEmpty();
    }

    @Test
    void namesTheSettingsAndTheRemedyWhenAutovacuumIsOff() {
        assertThat(PlannerStatistics.describe("off", "on")).hasValueSatisfying(warning -> assertThat(warning)
                .contains("autovacuum=off", "track_counts=on", "slower with every order", "ANALYZE"));
    }

    @Test
    void warnsWhenCountsAreNotTrackedEvenIfAutovacuumIsOn() {
        assertThat(PlannerStatistics.describe("on", "off")).hasValueSatisfying(warning -> assertThat(warning)
                .contains("track_counts=off"));
    }
}
