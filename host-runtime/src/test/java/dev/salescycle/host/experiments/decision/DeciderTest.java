package dev.salescycle.host.experiments.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.host.experiments.stats.BinaryTally;
import dev.salescycle.host.experiments.stats.ContinuousTally;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each rule of the verdict, and the order in which they apply. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DeciderTest {

    private static final Duration WEEK = Duration.ofDays(7);
    private final Decider decider = new Decider(DecisionRules.defaults());

    @Test
    void aClearLiftAfterAWeekIsAWinner() {
        Decision d = decider.decide(look(WEEK, arm("A", 20_000, 1000), arm("B", 20_000, 1200)));

        assertThat(d.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(d.winner()).isEqualTo("B");
        assertThat(d.promotable()).isTrue();
        assertThat(d.reason()).startsWith("B beats A: lift +20.0% (");
        assertThat(d.comparisons()).singleElement().satisfies(c -> {
            assertThat(c.control()).isEqualTo("A");
            assertThat(c.result().absolute().above(0)).isTrue();
        });
    }

    @Test
    void aControlThatIsClearlyBetterWins() {
        Decision d = decider.decide(look(WEEK, arm("A", 20_000, 1200), arm("B", 20_000, 1000)));

        assertThat(d.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(d.winner()).isEqualTo("A");
        assertThat(d.reason()).startsWith("A beats B: B's lift over A -16.7% (");
    }

    @Test
    void equalArmsHaveNoDifferenceYet() {
        Decision d = decider.decide(look(WEEK, arm("A", 20_000, 1000), arm("B", 20_000, 1030)));

        assertThat(d.verdict()).isEqualTo(Verdict.NO_DIFFERENCE_YET);
        assertThat(d.winner()).isNull();
        assertThat(d.promotable()).isFalse();
        assertThat(d.reason()).startsWith("No variant beats every other yet: B - A 0.0015");
    }

    @Test
    void theSameLiftBeforeAWeekIsStillCollecting() {
        Decision d = decider.decide(look(Duration.ofHours(72), arm("A", 20_000, 1000), arm("B", 20_000, 1200)));

        assertThat(d.verdict()).isEqualTo(Verdict.COLLECTING);
        assertThat(d.reason()).isEqualTo("Waiting for 3.0 of 7.0 days");
        assertThat(new Decider(DecisionRules.defaults().withMinDuration(Duration.ZERO))
                .decide(look(Duration.ofHours(72), arm("A", 20_000, 1000), arm("B", 20_000, 1200))).verdict())
                .isEqualTo(Verdict.WINNER);
    }

    @Test
    void collectingNamesTheUnitsAndConversionsStillMissing() {
        Decision d = decider.decide(look(WEEK, arm("A", 99, 30), arm("B", 101, 24)));

        assertThat(d.verdict()).isEqualTo(Verdict.COLLECTING);
        assertThat(d.reason()).isEqualTo("Waiting for A: 99 of 100 units; B: 24 of 25 conversions");
    }

    @Test
    void aSampleRatioMismatchOverridesAWinnerAndBlocksPromotion() {
        // 10,300 / 9,700 against 50/50: chi-squared 18, p = 2.2e-5.
        Decision d = decider.decide(look(WEEK, arm("A", 10_300, 515), arm("B", 9_700, 800)));

        assertThat(d.verdict()).isEqualTo(Verdict.SAMPLE_RATIO_MISMATCH);
        assertThat(d.promotable()).isFalse();
        assertThat(d.winner()).isNull();
        assertThat(d.sampleRatio().pValue()).isLessThan(0.001);
        assertThat(d.reason()).startsWith("Units split A 10300, B 9700 where the weights say 50.0%/50.0% (chi-squared p = 2.2");
    }

    @Test
    void theSampleRatioIsJudgedAgainstTheWeights() {
        Arm a = new Arm("A", 1, new BinaryTally(5_000, 250), Map.of());
        Arm b = new Arm("B", 3, new BinaryTally(15_000, 750), Map.of());

        assertThat(decider.decide(new Look(List.of(a, b), WEEK)).sampleRatio().pValue()).isEqualTo(1);
        assertThat(decider.decide(look(WEEK, arm("A", 5_000, 250), arm("B", 15_000, 750))).verdict())
                .isEqualTo(Verdict.SAMPLE_RATIO_MISMATCH);
    }

    @Test
    void noSampleRatioTestWhileAnArmExpectsFewerThanFiveUnits() {
        assertThat(decider.decide(look(Duration.ZERO, arm("A", 9, 0), arm("B", 0, 0))).sampleRatio()).isNull();
        // 12 against 0: chi-squared 12, p = 0.00053.
        assertThat(decider.decide(look(Duration.ZERO, arm("A", 12, 0), arm("B", 0, 0))).verdict())
                .isEqualTo(Verdict.SAMPLE_RATIO_MISMATCH);
    }

    @Test
    void aGuardrailHarmedBlocksAWinnerEvenBeforeTheWeekIsOut() {
        Arm a = new Arm("A", 1, new BinaryTally(20_000, 1000), Map.of("timeouts", new BinaryTally(2_000, 20)));
        Arm b = new Arm("B", 1, new BinaryTally(20_000, 1200), Map.of("timeouts", new BinaryTally(2_000, 100)));

        Decision d = decider.decide(new Look(List.of(a, b), Duration.ofDays(2)));

        assertThat(d.verdict()).isEqualTo(Verdict.GUARDRAIL_HARMED);
        assertThat(d.reason()).isEqualTo("B raises timeouts by 0.04 (0.01815 to 0.06185), beyond the margin 0");
        assertThat(d.guardrails()).singleElement().satisfies(g -> assertThat(g.harmed()).isTrue());
    }

    @Test
    void aGuardrailWithinItsMarginOrWithTooFewCallsIsNotHarmed() {
        Arm a = new Arm("A", 1, new BinaryTally(20_000, 1000), Map.of("timeouts", new BinaryTally(2_000, 20)));
        Arm b = new Arm("B", 1, new BinaryTally(20_000, 1200), Map.of("timeouts", new BinaryTally(2_000, 100)));
        Arm fewCalls = new Arm("B", 1, new BinaryTally(20_000, 1200), Map.of("timeouts", new BinaryTally(99, 50)));

        Decision withMargin = new Decider(DecisionRules.defaults().withGuardrailMargin("timeouts", 0.05))
                .decide(new Look(List.of(a, b), WEEK));
        Decision early = decider.decide(new Look(List.of(a, fewCalls), WEEK));

        assertThat(withMargin.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(withMargin.guardrails()).singleElement().satisfies(g -> assertThat(g.margin()).isEqualTo(0.05));
        assertThat(early.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(early.guardrails().get(0).result().absolute().lower()).isGreaterThan(0);
    }

    @Test
    void withThreeArmsTheWinnerMustBeatBothOthers() {
        Decision twoBeatControl = decider.decide(look(WEEK, arm("A", 20_000, 1000), arm("B", 20_000, 1300),
                arm("C", 20_000, 1320)));
        Decision oneBeatsBoth = decider.decide(look(WEEK, arm("A", 20_000, 1000), arm("B", 20_000, 1050),
                arm("C", 20_000, 1350)));

        assertThat(twoBeatControl.verdict()).isEqualTo(Verdict.NO_DIFFERENCE_YET);
        assertThat(twoBeatControl.comparisons()).extracting(c -> c.control() + "-" + c.treatment())
                .containsExactly("A-B", "A-C", "B-C");
        assertThat(oneBeatsBoth.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(oneBeatsBoth.winner()).isEqualTo("C");
    }

    @Test
    void revenuePerVisitorIsDecidedTheSameWay() {
        // 20,000 visitors an arm, 5% buy; amounts with a standard deviation of about 25 per visitor.
        Arm a = Arm.of("A", 1, new ContinuousTally(20_000, 1000, 40_000, 12_600_000));
        Arm b = Arm.of("B", 1, new ContinuousTally(20_000, 1000, 60_000, 12_800_000));

        Decision d = decider.decide(new Look(List.of(a, b), WEEK));

        assertThat(d.verdict()).isEqualTo(Verdict.WINNER);
        assertThat(d.winner()).isEqualTo("B");
        assertThat(d.comparisons().get(0).result().relative().estimate()).isEqualTo(0.5);
    }

    @Test
    void aLookRefusesArmsThatCannotBeCompared() {
        assertThatThrownBy(() -> look(WEEK, arm("A", 1, 0))).hasMessageContaining("at least 2 arms");
        assertThatThrownBy(() -> look(WEEK, arm("A", 1, 0), arm("A", 1, 0))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new Look(List.of(arm("A", 1, 0), Arm.of("B", 1, new ContinuousTally(1, 0, 0, 0))), WEEK))
                .hasMessageContaining("different kind");
        assertThatThrownBy(() -> Arm.of("A", 0, new BinaryTally(1, 0)))
                .hasMessageContaining("weight");
        assertThatThrownBy(() -> look(Duration.ofSeconds(-1), arm("A", 1, 0), arm("B", 1, 0)))
                .hasMessageContaining("negative");
    }

    private static Arm arm(String name, long units, long conversions) {
        return Arm.of(name, 1, new BinaryTally(units, conversions));
    }

    private static Look look(Duration running, Arm... arms) {
        return new Look(List.of(arms), running);
    }
}
