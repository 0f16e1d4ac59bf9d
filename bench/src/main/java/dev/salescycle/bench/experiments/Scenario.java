package dev.salescycle.bench.experiments;

import dev.salescycle.host.experiments.decision.DecisionRules;
import java.util.List;

/**
 * One simulated experiment, run many times with different seeds and salts.
 *
 * @param name         a name, also the experiment id the units are assigned under
 * @param trueWeights  how units really split (the assigner's weights)
 * @param configured   the weights the analysis is told (differ from the true ones for a sample-ratio mismatch)
 * @param arms         what units do in each arm, the control first
 * @param horizon      the units after which a run stops
 * @param lookEvery    the units between two looks
 * @param rules        the decision rules
 * @param stopAtWinner whether a run stops at its first winner (when only the time to a winner matters)
 */
record Scenario(String name, List<Double> trueWeights, List<Double> configured, List<Behaviour> arms, long horizon,
                long lookEvery, DecisionRules rules, boolean stopAtWinner) {

    Scenario {
        trueWeights = List.copyOf(trueWeights);
        configured = List.copyOf(configured);
        arms = List.copyOf(arms);
    }

    /** A 50/50 experiment of two arms. */
    static Scenario even(String name, Behaviour control, Behaviour treatment, long horizon, DecisionRules rules,
                         boolean stopAtWinner) {
        return new Scenario(name, List.of(1.0, 1.0), List.of(1.0, 1.0), List.of(control, treatment), horizon, 200, rules,
                stopAtWinner);
    }

    /** This scenario under another name with other rules. */
    Scenario with(String newName, DecisionRules newRules) {
        return new Scenario(newName, trueWeights, configured, arms, horizon, lookEvery, newRules, stopAtWinner);
    }
}
