package dev.salescycle.host.experiments.stats;

/**
 * Compares two arms' tallies: the difference of the means with variance
 * {@code V = s_c^2 / n_c + s_t^2 / n_t}, and the log of the ratio of the means with its delta-method variance
 * {@code s_c^2 / (n_c m_c^2) + s_t^2 / (n_t m_t^2)}, each with the boundary's interval at {@code t = n_c + n_t}
 * units. With arms assigned at random and fixed weights, the difference of means is, to first order, the
 * augmented inverse-probability-weighted estimator whose asymptotic confidence sequence the boundary is.
 */
public final class Lift {

    private Lift() {
    }

    /** The treatment against the control. */
    public static Comparison compare(ArmTally control, ArmTally treatment, MixtureBoundary boundary) {
        long units = control.units() + treatment.units();
        double mc = control.mean();
        double mt = treatment.mean();
        double variance = control.unitVariance() / control.units() + treatment.unitVariance() / treatment.units();
        double difference = mt - mc;
        return new Comparison(mc, mt, boundary.interval(difference, variance, units),
                relative(control, treatment, boundary, units), boundary.pValue(difference, variance, units));
    }

    private static Interval relative(ArmTally control, ArmTally treatment, MixtureBoundary boundary, long units) {
        double mc = control.mean();
        double mt = treatment.mean();
        if (!(mc > 0 && mt > 0)) {
            return Interval.unbounded(mc > 0 ? mt / mc - 1 : Double.NaN);
        }
        double variance = control.unitVariance() / (control.units() * mc * mc)
                + treatment.unitVariance() / (treatment.units() * mt * mt);
        Interval log = boundary.interval(Math.log(mt / mc), variance, units);
        return new Interval(mt / mc - 1, Math.expm1(log.lower()), Math.expm1(log.upper()));
    }
}
