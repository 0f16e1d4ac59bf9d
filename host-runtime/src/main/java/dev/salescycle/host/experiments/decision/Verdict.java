package dev.salescycle.host.experiments.decision;

/**
 * What an experiment's figures allow saying at a look, in the order the rules are applied: a sample-ratio
 * mismatch first (nothing else can be trusted then), then harm to a guardrail, then too little data, and
 * only then a winner or none yet.
 */
public enum Verdict {
    /** Units did not split as the weights say: the figures cannot be trusted; nothing may be promoted. */
    SAMPLE_RATIO_MISMATCH,
    /** A variant is worse than the control on a guardrail by more than its margin. */
    GUARDRAIL_HARMED,
    /** Too few units, conversions or days to call a winner yet. */
    COLLECTING,
    /** Enough data, and no variant is better than every other one yet. */
    NO_DIFFERENCE_YET,
    /** One variant is better than every other on the primary metric, with every rule met. */
    WINNER
}
