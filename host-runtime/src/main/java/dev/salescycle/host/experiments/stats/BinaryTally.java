package dev.salescycle.host.experiments.stats;

/**
 * A yes/no metric per unit (converted, clicked; or, for a guardrail, a call that timed out, an order that
 * was refunded): the units and how many said yes. Its variance is that of a proportion with one yes and
 * one no added, {@code p(1 - p)} with {@code p = (conversions + 1) / (units + 2)}: never zero, so that an
 * arm that has seen no event yet is not taken as certain, and a little wider than the plain estimate, to
 * which it converges.
 *
 * @param units       units counted, at least 0
 * @param conversions units with a yes, from 0 to {@code units}
 */
public record BinaryTally(long units, long conversions) implements ArmTally {

    public BinaryTally {
        if (units < 0 || conversions < 0 || conversions > units) {
            throw new IllegalArgumentException("Need 0 <= conversions <= units, were " + conversions + " and " + units);
        }
    }

    @Override
    public double mean() {
        return units == 0 ? 0 : (double) conversions / units;
    }

    @Override
    public double unitVariance() {
        double p = (conversions + 1.0) / (units + 2.0);
        return p * (1 - p);
    }
}
