package dev.salescycle.host.experiments.decision;

import dev.salescycle.host.experiments.stats.Comparison;
import dev.salescycle.host.experiments.stats.Interval;
import dev.salescycle.host.experiments.stats.SampleRatioCheck;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sentences of {@link Decision#reason()}. */
final class Wording {

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private Wording() {
    }

    /** E.g. {@code B beats A: lift +14.0% (1.6% to 27.9%), ...}, or {@code A beats B: B's lift over A -12.0% (...)}. */
    static String beats(String winner, String loser, Comparison c, boolean winnerIsTreatment) {
        String subject = winnerIsTreatment ? "" : loser + "'s ";
        String over = winnerIsTreatment ? "" : " over " + winner;
        Interval relative = c.relative();
        String figure = Double.isFinite(relative.lower()) && Double.isFinite(relative.upper())
                ? String.format(Locale.ROOT, "lift%s %+.1f%% (%.1f%% to %.1f%%)", over,
                        100 * relative.estimate(), 100 * relative.lower(), 100 * relative.upper())
                : "difference" + over + " " + interval(c.absolute());
        return winner + " beats " + loser + ": " + subject + figure
                + String.format(Locale.ROOT, ", always-valid p = %.3g", c.pValue());
    }

    static String sampleRatio(Look look, SampleRatioCheck check, double alpha) {
        String units = look.arms().stream().map(a -> a.variant() + " " + a.primary().units())
                .collect(Collectors.joining(", "));
        double total = look.arms().stream().mapToDouble(Arm::weight).sum();
        String shares = look.arms().stream().map(a -> String.format(Locale.ROOT, "%.1f%%", 100 * a.weight() / total))
                .collect(Collectors.joining("/"));
        return String.format(Locale.ROOT, "Units split %s where the weights say %s (chi-squared p = %.3g < %s)",
                units, shares, check.pValue(), alpha);
    }

    static String harmed(GuardrailCheck check) {
        return check.treatment() + " raises " + check.guardrail() + " by " + interval(check.result().absolute())
                + ", beyond the margin " + number(check.margin());
    }

    static String noWinner(List<ArmComparison> pairs) {
        return "No variant beats every other yet: " + pairs.stream()
                .map(p -> p.treatment() + " - " + p.control() + " " + interval(p.result().absolute()))
                .collect(Collectors.joining("; "));
    }

    private static String interval(Interval i) {
        return number(i.estimate()) + " (" + number(i.lower()) + " to " + number(i.upper()) + ")";
    }

    /** Four significant digits without trailing zeros; infinite bounds as -inf and inf. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }
}
