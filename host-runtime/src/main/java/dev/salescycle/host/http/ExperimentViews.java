package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.config.ExperimentConfig;
import dev.salescycle.host.config.ExperimentVariant;
import dev.salescycle.host.experiments.decision.ArmComparison;
import dev.salescycle.host.experiments.decision.Decision;
import dev.salescycle.host.experiments.decision.GuardrailCheck;
import dev.salescycle.host.experiments.live.ArmReport;
import dev.salescycle.host.experiments.live.ExperimentReport;
import dev.salescycle.host.experiments.stats.BinaryTally;
import dev.salescycle.host.experiments.stats.Interval;
import dev.salescycle.host.store.ExperimentState;
import java.time.Instant;
import java.util.Map;

/** An experiment with its results as JSON; a figure that is undefined or unbounded is null, never NaN. */
final class ExperimentViews {

    private ExperimentViews() {
    }

    static ObjectNode report(ExperimentReport report) {
        ExperimentConfig c = report.config();
        ExperimentState s = report.state();
        ObjectNode out = Views.object().put("shop", report.shopId()).put("id", c.id()).put("salt", c.salt())
                .put("stage", c.stage()).put("unit", c.unit().label()).put("metric", c.metric().label())
                .put("origin", c.origin()).put("autoPromote", c.autoPromote())
                .put("revenueCap", c.revenueCap() == null ? null : c.revenueCap().toPlainString())
                .put("minDuration", c.minDuration().toString()).put("tightestAt", c.tightestAt());
        out.set("guardrails", Json.MAPPER.valueToTree(c.guardrails()));
        ArrayNode variants = out.putArray("variants");
        for (ExperimentVariant v : c.variants()) {
            ObjectNode node = variants.addObject().put("name", v.name()).put("weight", v.weight().toPlainString())
                    .put("plugin", v.plugin() == null ? null : v.plugin().id());
            node.set("settings", v.plugin() == null ? null : Json.MAPPER.valueToTree(v.plugin().settings()));
        }
        out.put("phase", s == null ? "DRAFT" : s.phase()).put("startedAt", time(s == null ? null : s.startedAt()))
                .put("stoppedAt", time(s == null ? null : s.stoppedAt()))
                .put("promoted", s == null ? null : s.promoted()).put("promotedAt", time(s == null ? null : s.promotedAt()));
        out.set("results", results(report));
        return out;
    }

    private static ObjectNode results(ExperimentReport report) {
        Decision d = report.decision();
        ObjectNode out = Views.object().put("running", report.running().toString()).put("verdict", d.verdict().name())
                .put("winner", d.winner()).put("reason", d.reason()).put("promotable", d.promotable());
        ArrayNode arms = out.putArray("arms");
        for (ArmReport arm : report.arms()) {
            ObjectNode node = arms.addObject().put("variant", arm.variant()).put("share", num(arm.share()))
                    .put("units", arm.figures().units()).put("exposures", arm.exposures())
                    .put("conversions", arm.figures().converted()).put("orders", arm.figures().orders())
                    .put("revenue", num(arm.figures().revenue())).put("acted", arm.figures().acted())
                    .put("mean", num(arm.primary().mean()));
            ObjectNode guardrails = node.putObject("guardrails");
            for (Map.Entry<String, BinaryTally> g : arm.guardrails().entrySet()) {
                guardrails.putObject(g.getKey()).put("due", g.getValue().units()).put("events", g.getValue().conversions())
                        .put("rate", num(g.getValue().mean()));
            }
        }
        ObjectNode ratio = out.putObject("sampleRatio");
        if (d.sampleRatio() != null) {
            ratio.put("chiSquared", num(d.sampleRatio().chiSquared())).put("degreesOfFreedom", d.sampleRatio().degreesOfFreedom())
                    .put("pValue", num(d.sampleRatio().pValue())).put("alarm", d.sampleRatio().pValue() < 0.001);
        } else {
            ratio.putNull("pValue").put("alarm", false);
        }
        ArrayNode comparisons = out.putArray("comparisons");
        for (ArmComparison comparison : d.comparisons()) {
            ObjectNode node = comparisons.addObject().put("control", comparison.control())
                    .put("treatment", comparison.treatment())
                    .put("controlMean", num(comparison.result().controlMean()))
                    .put("treatmentMean", num(comparison.result().treatmentMean()))
                    .put("pValue", num(comparison.result().pValue()));
            node.set("difference", interval(comparison.result().absolute()));
            node.set("lift", interval(comparison.result().relative()));
        }
        ArrayNode guardrails = out.putArray("guardrails");
        for (GuardrailCheck check : d.guardrails()) {
            ObjectNode node = guardrails.addObject().put("guardrail", check.guardrail()).put("variant", check.treatment())
                    .put("margin", num(check.margin())).put("harmed", check.harmed());
            node.set("difference", interval(check.result().absolute()));
        }
        return out;
    }

    private static ObjectNode interval(Interval interval) {
        return Views.object().put("estimate", num(interval.estimate())).put("lower", num(interval.lower()))
                .put("upper", num(interval.upper()));
    }

    private static Double num(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }
}
