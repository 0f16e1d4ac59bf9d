package dev.salescycle.bench.experiments;

import java.util.Locale;
import java.util.Map;

/** The report's tables, in Markdown, from the results. */
final class SimulationReport {

    private static final long[] AB_POINTS = {25_000, 50_000, 100_000, 150_000, 200_000};

    private SimulationReport() {
    }

    static String markdown(SimulationResults r, String provenance, String plotPath) {
        StringBuilder md = new StringBuilder();
        md.append(provenance).append("\n\n");
        falseWinners(md, r);
        detection(md, r);
        sampleRatio(md, r);
        md.append("![Share of runs with a winner against units: A/A false winners, always-valid against the peeking "
                + "z-test; A/B detection by tuning](").append(plotPath).append(")\n");
        return md.toString();
    }

    private static void falseWinners(StringBuilder md, SimulationResults r) {
        int runs = r.aaConversion().size();
        md.append(String.format(Locale.ROOT, "**A/A: false winners under peeking.** %,d runs a row; both arms the same, "
                + "50/50, a look every 200 units up to 20,000 (100 looks); both methods start looking once each arm "
                + "has 100 units and 25 conversions. Nominal rate 5%%.%n%n", runs));
        md.append("| metric | method | runs with a winner at any look | share (95% interval) "
                + "| share when read once, at 20,000 |\n|---|---|---|---|---|\n");
        aaRows(md, Scenarios.BASELINE.describe(), r.aaConversion(), "two-proportion z-test");
        aaRows(md, "revenue per visitor: " + Scenarios.REVENUE.describe(), r.aaRevenue(), "z-test (Welch)");
        aaRows(md, "revenue per visitor: " + Scenarios.REVENUE_UNCAPPED.describe(), r.aaRevenueUncapped(), "z-test (Welch)");
        md.append('\n');
    }

    private static void aaRows(StringBuilder md, String metric, ScenarioResult aa, String fixedName) {
        int runs = aa.size();
        long horizon = aa.scenario().horizon();
        md.append("| ").append(metric).append(" | **always-valid (this engine)** | ").append(aa.winnersBy(horizon))
                .append(" | **").append(Shares.withInterval(aa.winnersBy(horizon), runs)).append("** | |\n");
        md.append("| ").append(metric).append(" | fixed-horizon ").append(fixedName).append(", read at every look | ")
                .append(aa.fixedHorizonBy(horizon)).append(" | ").append(Shares.withInterval(aa.fixedHorizonBy(horizon), runs))
                .append(" | ").append(Shares.withInterval(aa.fixedHorizonAtEnd(), runs)).append(" |\n");
    }

    private static void detection(StringBuilder md, SimulationResults r) {
        int runs = r.abConversion().size();
        md.append(String.format(Locale.ROOT, "**A/B: a true +10%% relative lift on 5%% conversion** (5%% against 5.5%%). "
                + "%,d runs a row, 50/50, a look every 200 units up to 200,000; a run stops at its first winner. "
                + "Share of runs that found the lift by a number of units (both arms together), the units by which "
                + "half of all runs had found it, and the A/A false-winner share with the same tuning. For reference, "
                + "the fixed-horizon test read once needs %,d units for 80%% power.%n%n", runs,
                Scenarios.fixedHorizonUnitsFor80PercentPower()));
        md.append("| intervals tightest at (units) |");
        for (long point : AB_POINTS) {
            md.append(String.format(Locale.ROOT, " by %,d |", point));
        }
        md.append(" median units to a winner | quartiles | wrong winner (A) | A/A false winners |\n|---|");
        md.append("---|".repeat(AB_POINTS.length + 4)).append('\n');
        for (Map.Entry<Long, ScenarioResult> e : r.abByTuning().entrySet()) {
            ScenarioResult ab = e.getValue();
            boolean isDefault = e.getKey() == Scenarios.RULES.tightestAt();
            md.append(String.format(Locale.ROOT, "| %,d%s |", e.getKey(), isDefault ? " (default)" : ""));
            for (long point : AB_POINTS) {
                md.append(' ').append(Shares.percent(ab.winnersBy(point), ab.size())).append(" |");
            }
            ScenarioResult aa = r.aaByTuning().get(e.getKey());
            md.append(' ').append(Shares.units(ab.unitsToWinner(0.5))).append(" | ")
                    .append(Shares.units(ab.unitsToWinner(0.25))).append(" - ").append(Shares.units(ab.unitsToWinner(0.75)))
                    .append(" | ").append(ab.winnersOtherThan("B")).append(" | ")
                    .append(Shares.percent(aa.winnersBy(aa.scenario().horizon()), aa.size())).append(" |\n");
        }
        md.append('\n');
    }

    private static void sampleRatio(StringBuilder md, SimulationResults r) {
        ScenarioResult bad = r.mismatch();
        ScenarioResult good = r.aaConversion();
        md.append(String.format(Locale.ROOT, "**Sample-ratio mismatch** (chi-squared, alarm at p < 0.001), looks every "
                + "200 units up to 20,000; %,d runs of the 52/48 split, %,d A/A runs. The test's power at the look at "
                + "20,000 is 99.1%% (noncentrality 32).%n%n", bad.size(), good.size()));
        md.append("| units really split | weights configured | flagged at the look at 20,000 | flagged at any look |\n"
                + "|---|---|---|---|\n");
        md.append("| 52/48 | 50/50 | **").append(Shares.withInterval(bad.mismatchAtEnd(), bad.size())).append("** | ")
                .append(Shares.withInterval(bad.mismatchEver(), bad.size())).append(" |\n");
        md.append("| 50/50 (the A/A runs) | 50/50 | ").append(Shares.withInterval(good.mismatchAtEnd(), good.size()))
                .append(" | ").append(Shares.withInterval(good.mismatchEver(), good.size())).append(" |\n\n");
    }
}
