package dev.salescycle.host.experiments.stats;

/**
 * A treatment arm against a control arm on one metric, every figure valid at any look.
 *
 * @param controlMean   the control's mean per unit
 * @param treatmentMean the treatment's mean per unit
 * @param absolute      treatment minus control, with its confidence-sequence interval
 * @param relative      the relative lift, treatment over control minus 1, with its interval (from the log of
 *                      the ratio); unbounded, with a NaN estimate, while either mean is not positive
 * @param pValue        the always-valid p-value of "no difference"; at most alpha exactly when
 *                      {@code absolute} excludes 0
 */
public record Comparison(double controlMean, double treatmentMean, Interval absolute, Interval relative, double pValue) {
}
