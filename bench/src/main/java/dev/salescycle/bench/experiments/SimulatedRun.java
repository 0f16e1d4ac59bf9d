package dev.salescycle.bench.experiments;

import dev.salescycle.host.experiments.assign.Allocation;
import dev.salescycle.host.experiments.assign.Assigner;
import dev.salescycle.host.experiments.assign.Variant;
import dev.salescycle.host.experiments.decision.Arm;
import dev.salescycle.host.experiments.decision.Decider;
import dev.salescycle.host.experiments.decision.Decision;
import dev.salescycle.host.experiments.decision.DecisionRules;
import dev.salescycle.host.experiments.decision.Look;
import dev.salescycle.host.experiments.decision.Verdict;
import dev.salescycle.host.experiments.stats.ArmTally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One run of a scenario through the engine's real parts: each synthetic visitor gets a random UUID, the
 * {@link Assigner} puts it in an arm, the arm's behaviour draws its value, and at every look the
 * {@link Decider} judges the counts, beside the fixed-horizon z-test read at the same look.
 */
final class SimulatedRun {

    private final Scenario scenario;
    private final Assigner assigner;
    private final Decider decider;
    private final SplittableRandom random;
    private final ArmCounter[] counters;

    SimulatedRun(Scenario scenario, int run, long seed) {
        this.scenario = scenario;
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < scenario.arms().size(); i++) {
            variants.add(Variant.of(name(i), scenario.trueWeights().get(i)));
        }
        this.assigner = new Assigner(scenario.name(), "run-" + run, Allocation.of(variants));
        this.decider = new Decider(scenario.rules());
        this.random = new SplittableRandom(seed).split();
        this.counters = new ArmCounter[variants.size()];
        for (int i = 0; i < counters.length; i++) {
            counters[i] = new ArmCounter();
        }
    }

    RunResult run() {
        long firstWinner = -1;
        String winner = null;
        long firstFixed = -1;
        long firstMismatch = -1;
        boolean mismatch = false;
        boolean fixed = false;
        for (long unit = 1; unit <= scenario.horizon(); unit++) {
            int arm = assigner.assign(new UUID(random.nextLong(), random.nextLong()).toString());
            counters[arm].add(scenario.arms().get(arm).draw(random));
            if (unit % scenario.lookEvery() != 0) {
                continue;
            }
            List<ArmTally> tallies = tallies();
            Decision decision = decider.decide(look(tallies));
            mismatch = decision.verdict() == Verdict.SAMPLE_RATIO_MISMATCH;
            fixed = enoughForFixedHorizon(tallies) && FixedHorizonZTest.pValue(tallies.get(0), tallies.get(1))
                    < scenario.rules().alpha();
            firstMismatch = firstMismatch < 0 && mismatch ? unit : firstMismatch;
            firstFixed = firstFixed < 0 && fixed ? unit : firstFixed;
            if (firstWinner < 0 && decision.verdict() == Verdict.WINNER) {
                firstWinner = unit;
                winner = decision.winner();
                if (scenario.stopAtWinner()) {
                    break;
                }
            }
        }
        return new RunResult(firstWinner, winner, firstFixed, firstMismatch, mismatch, fixed);
    }

    /** The name of arm {@code index}: A for the control, then B, C. */
    static String name(int index) {
        return String.valueOf((char) ('A' + index));
    }

    private List<ArmTally> tallies() {
        List<ArmTally> tallies = new ArrayList<>(counters.length);
        for (int i = 0; i < counters.length; i++) {
            tallies.add(counters[i].tally(scenario.arms().get(i).binary()));
        }
        return tallies;
    }

    private Look look(List<ArmTally> tallies) {
        List<Arm> arms = new ArrayList<>(tallies.size());
        for (int i = 0; i < tallies.size(); i++) {
            arms.add(Arm.of(name(i), scenario.configured().get(i), tallies.get(i)));
        }
        return new Look(arms, Duration.ZERO);
    }

    /** The same minimum data the engine asks for, so that both methods start looking together. */
    private boolean enoughForFixedHorizon(List<ArmTally> tallies) {
        DecisionRules rules = scenario.rules();
        return tallies.stream().allMatch(t -> t.units() >= rules.minUnitsPerArm()
                && t.conversions() >= rules.minConversionsPerArm());
    }
}
