package dev.salescycle.host.experiments.live;

import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.config.ExperimentUnit;
import dev.salescycle.host.config.ExperimentVariant;
import dev.salescycle.host.experiments.decision.Arm;
import dev.salescycle.host.experiments.decision.Decider;
import dev.salescycle.host.experiments.decision.DecisionRules;
import dev.salescycle.host.experiments.decision.Look;
import dev.salescycle.host.experiments.stats.ArmTally;
import dev.salescycle.host.experiments.stats.BinaryTally;
import dev.salescycle.host.experiments.stats.ContinuousTally;
import dev.salescycle.host.store.ExperimentFigures;
import dev.salescycle.host.store.ExperimentRecords;
import dev.salescycle.host.store.ExperimentState;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an experiment's figures from the store (all hosts' together) and lets the engine decide on them. */
public final class ExperimentResults {

    private final ExperimentRecords records;
    private final ExperimentRecorder recorder;
    private final Clock clock;

    public ExperimentResults(ExperimentRecords records, ExperimentRecorder recorder, Clock clock) {
        this.records = records;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The experiment's report; what this host has not written yet is written first. */
    public ExperimentReport report(String shopId, ExperimentConfig config, ExperimentState state) {
        recorder.flush();
        Map<String, ExperimentFigures> figures = records.figures(shopId, config.id(), config.salt(),
                config.unit() == ExperimentUnit.CUSTOMER, config.revenueCap(), config.stage());
        Map<String, Map<String, Long>> counts = records.counts(shopId, config.id(), config.salt());
        BigDecimal total = config.variants().stream().map(ExperimentVariant::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ArmReport> arms = new ArrayList<>();
        List<Arm> look = new ArrayList<>();
        for (ExperimentVariant variant : config.variants()) {
            ExperimentFigures f = figures.getOrDefault(variant.name(),
                    new ExperimentFigures(variant.name(), 0, 0, 0, 0, 0, 0, 0, 0));
            Map<String, Long> c = counts.getOrDefault(variant.name(), Map.of());
            Map<String, BinaryTally> guardrails = new LinkedHashMap<>();
            long due = c.getOrDefault(ExperimentRecorder.DUE, 0L);
            for (String guardrail : config.guardrails().keySet()) {
                guardrails.put(guardrail, new BinaryTally(due, Math.min(due, c.getOrDefault(guardrail, 0L))));
            }
            ArmTally primary = primary(config, f);
            double share = variant.weight().divide(total, MathContext.DECIMAL64).doubleValue();
            arms.add(new ArmReport(variant.name(), share, f, c.getOrDefault(ExperimentRecorder.EXPOSURES, 0L), primary,
                    guardrails));
            look.add(new Arm(variant.name(), variant.weight().doubleValue(), primary, guardrails));
        }
        Duration running = running(state);
        DecisionRules rules = DecisionRules.defaults().withMinDuration(config.minDuration())
                .withTightestAt(config.tightestAt());
        for (Map.Entry<String, Double> margin : config.guardrails().entrySet()) {
            rules = rules.withGuardrailMargin(margin.getKey(), margin.getValue());
        }
        return new ExperimentReport(shopId, config, state, arms, new Decider(rules).decide(new Look(look, running)),
                running);
    }

    private static ArmTally primary(ExperimentConfig config, ExperimentFigures f) {
        return switch (config.metric()) {
            case CONVERSION -> new BinaryTally(f.units(), f.converted());
            case CLICK_RATE -> new BinaryTally(f.units(), f.acted());
            case REVENUE_PER_VISITOR -> new ContinuousTally(f.units(), f.converted(), f.revenue(), f.revenueSquares());
            case AVERAGE_ORDER_VALUE -> RatioTally.averageOrderValue(f.units(), f.converted(), f.revenue(),
                    f.revenueSquares(), f.orders(), f.orderSquares(), f.revenueTimesOrders());
        };
    }

    private Duration running(ExperimentState state) {
        if (state == null || state.startedAt() == null) {
            return Duration.ZERO;
        }
        Instant end = "RUNNING".equals(state.phase()) || state.stoppedAt() == null ? clock.instant() : state.stoppedAt();
        Duration d = Duration.between(state.startedAt(), end);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
