package dev.salescycle.host.experiments.stats;

/**
 * The result of a {@link SampleRatio} test.
 *
 * @param chiSquared       Pearson's statistic
 * @param degreesOfFreedom arms minus one
 * @param pValue           the probability of a statistic at least this large if units went where the weights say
 */
public record SampleRatioCheck(double chiSquared, int degreesOfFreedom, double pValue) {
}
