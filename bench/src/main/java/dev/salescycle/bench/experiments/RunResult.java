package dev.salescycle.bench.experiments;

/**
 * What one simulated run did. Units are counts at a look; -1 where it never happened.
 *
 * @param firstWinner       units at the first look whose verdict was a winner
 * @param winner            that winner's name, or null
 * @param firstFixedHorizon units at the first look where the fixed-horizon z-test, read there, had p < alpha
 * @param firstMismatch     units at the first look with a sample-ratio mismatch
 * @param mismatchAtEnd     whether the last look had a sample-ratio mismatch
 * @param fixedHorizonAtEnd whether the fixed-horizon z-test read once, at the last look, had p < alpha
 */
record RunResult(long firstWinner, String winner, long firstFixedHorizon, long firstMismatch, boolean mismatchAtEnd,
                 boolean fixedHorizonAtEnd) {
}
