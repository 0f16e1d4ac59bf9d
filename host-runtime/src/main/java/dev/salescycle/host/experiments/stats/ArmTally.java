package dev.salescycle.host.experiments.stats;

/**
 * What one arm of an experiment has gathered for one metric so far: the units in it and what is needed for
 * the mean and the variance of a unit's value. Counts a store can keep and add up across hosts.
 */
public sealed interface ArmTally permits BinaryTally, ContinuousTally {

    /** The units (visitors, customers) in the arm. */
    long units();

    /** The units that converted: for a yes/no metric those with a yes, for an amount those with a non-zero one. */
    long conversions();

    /** The mean value per unit; 0 for an arm without units. */
    double mean();

    /**
     * The variance of one unit's value as the intervals use it; positive infinity while too few units give
     * an estimate (then nothing can be concluded).
     */
    double unitVariance();
}
