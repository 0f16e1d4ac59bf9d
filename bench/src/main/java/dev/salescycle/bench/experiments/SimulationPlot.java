package dev.salescycle.bench.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The report's figure: on the left, the share of A/A runs that have declared a (false) winner by a number of
 * units, the engine against the z-test read at every look; on the right, the share of A/B runs that have
 * found the lift, for each tuning of the intervals.
 */
final class SimulationPlot {

    private static final String[] COLOURS = {"#1f77b4", "#2ca02c", "#9467bd"};

    private SimulationPlot() {
    }

    static String svg(SimulationResults r) {
        SvgChart chart = new SvgChart(1000, 400);
        ScenarioResult aa = r.aaConversion();
        double[] aaLooks = toDouble(aa.looks());
        List<SvgChart.Series> left = new ArrayList<>();
        left.add(new SvgChart.Series("z-test read at every look, conversion", "#d62728", false, aaLooks,
                curve(aa, aa::fixedHorizonBy)));
        left.add(new SvgChart.Series("always-valid, conversion", COLOURS[0], false, aaLooks, curve(aa, aa::winnersBy)));
        ScenarioResult revenue = r.aaRevenue();
        left.add(new SvgChart.Series("always-valid, revenue per visitor (capped)", COLOURS[1], false, aaLooks,
                curve(revenue, revenue::winnersBy)));
        left.add(new SvgChart.Series("nominal 5%", "#777", true, new double[] {0, Scenarios.AA_HORIZON},
                new double[] {0.05, 0.05}));
        double highest = left.stream().mapToDouble(s -> s.y()[s.y().length - 1]).max().orElse(0);
        chart.panel(70, 40, 400, 300, new SvgChart.Frame("A/A: runs with a false winner so far", "units (both arms)",
                Scenarios.AA_HORIZON, 5_000, "share of runs", Math.ceil((highest + 0.05) / 0.05) * 0.05, 0.05, false), left);

        List<SvgChart.Series> right = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, ScenarioResult> e : r.abByTuning().entrySet()) {
            ScenarioResult ab = e.getValue();
            boolean isDefault = e.getKey() == Scenarios.RULES.tightestAt();
            right.add(new SvgChart.Series(String.format(Locale.ROOT, "tightest at %,d%s", e.getKey(),
                    isDefault ? " (default)" : ""), COLOURS[i++ % COLOURS.length], !isDefault, toDouble(ab.looks()),
                    curve(ab, ab::winnersBy)));
        }
        double fixed = Scenarios.fixedHorizonUnitsFor80PercentPower();
        right.add(new SvgChart.Series("fixed-horizon n for 80% power", "#777", true, new double[] {fixed, fixed},
                new double[] {0, 1}));
        chart.panel(560, 40, 400, 300, new SvgChart.Frame("A/B, +10% on 5%: runs that found the lift", "units (both arms)",
                Scenarios.AB_HORIZON, 50_000, "share of runs", 1, 0.2, true), right);
        return chart.finish();
    }

    private static double[] curve(ScenarioResult result, LongUnaryOperator countBy) {
        long[] looks = result.looks();
        double[] shares = new double[looks.length];
        for (int i = 0; i < looks.length; i++) {
            shares[i] = (double) countBy.applyAsLong(looks[i]) / result.size();
        }
        return shares;
    }

    private static double[] toDouble(long[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
