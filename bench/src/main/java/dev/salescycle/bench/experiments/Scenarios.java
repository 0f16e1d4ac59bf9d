package dev.salescycle.bench.experiments;

import dev.salescycle.host.experiments.decision.DecisionRules;
import java.time.Duration;
import java.util.List;

/**
 * The scenarios of the report. The rules are the defaults without the 7-day minimum: the simulation has
 * no calendar, and that rule only holds verdicts back, so without it false winners can only be more
 * frequent and winners come no later in units.
 */
final class Scenarios {

    static final DecisionRules RULES = DecisionRules.defaults().withMinDuration(Duration.ZERO);
    static final Behaviour BASELINE = new Behaviour.Converts(0.05);
    static final Behaviour LIFTED = new Behaviour.Converts(0.055);
    static final Behaviour REVENUE = new Behaviour.Spends(0.05, 60, 1.5, 2_000);
    static final Behaviour REVENUE_UNCAPPED = new Behaviour.Spends(0.05, 60, 1.5, Double.POSITIVE_INFINITY);
    static final long AA_HORIZON = 20_000;
    static final long AB_HORIZON = 200_000;
    /** The tuning points compared with the default one. */
    static final List<Long> OTHER_TUNINGS = List.of(10_000L, 200_000L);

    private Scenarios() {
    }

    static Scenario aaConversion() {
        return Scenario.even("aa-conversion", BASELINE, BASELINE, AA_HORIZON, RULES, false);
    }

    static Scenario aaRevenue() {
        return Scenario.even("aa-revenue", REVENUE, REVENUE, AA_HORIZON, RULES, false);
    }

    static Scenario aaRevenueUncapped() {
        return Scenario.even("aa-revenue-uncapped", REVENUE_UNCAPPED, REVENUE_UNCAPPED, AA_HORIZON, RULES, false);
    }

    /** A/B with a true +10% relative lift on 5% conversion; runs stop at their first winner. */
    static Scenario abConversion() {
        return Scenario.even("ab-conversion", BASELINE, LIFTED, AB_HORIZON, RULES, true);
    }

    /** Units really split 52/48 while the analysis is told 50/50. */
    static Scenario mismatch() {
        return new Scenario("mismatch", List.of(52.0, 48.0), List.of(50.0, 50.0), List.of(BASELINE, BASELINE),
                AA_HORIZON, 200, RULES, false);
    }

    /** A scenario with the intervals tightest at another number of units. */
    static Scenario tunedAt(Scenario scenario, long units) {
        return scenario.with(scenario.name() + "-tightest-" + units, RULES.withTightestAt(units));
    }

    /**
     * Units for 80% power of the fixed-horizon two-proportion test at alpha 0.05 (two-sided), 5% against 5.5%,
     * read once: 2 * (z(0.975) + z(0.8))^2 * (p1 q1 + p2 q2) / (p2 - p1)^2 over both arms.
     */
    static long fixedHorizonUnitsFor80PercentPower() {
        double z = 1.959963984540054 + 0.8416212335729143;
        double variance = 0.05 * 0.95 + 0.055 * 0.945;
        return 2 * (long) Math.ceil(z * z * variance / (0.005 * 0.005));
    }
}
