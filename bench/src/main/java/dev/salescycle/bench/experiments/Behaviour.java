package dev.salescycle.bench.experiments;

import java.util.SplittableRandom;

/** What a simulated unit does in one arm: its value for the primary metric, drawn from a seeded generator. */
sealed interface Behaviour permits Behaviour.Converts, Behaviour.Spends {

    /** One unit's value. */
    double draw(SplittableRandom random);

    /** Whether the value is yes/no (a conversion) rather than an amount. */
    boolean binary();

    /** A short description for the report. */
    String describe();

    /**
     * Converts with probability {@code rate}.
     *
     * @param rate the conversion rate
     */
    record Converts(double rate) implements Behaviour {

        @Override
        public double draw(SplittableRandom random) {
            return random.nextDouble() < rate ? 1 : 0;
        }

        @Override
        public boolean binary() {
            return true;
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%.2f%% conversion", 100 * rate);
        }
    }

    /**
     * Buys with probability {@code rate}, an order worth {@code median * exp(sigma * Z)} (log-normal, heavy
     * tailed), capped at {@code cap}: revenue per visitor.
     *
     * @param rate   the conversion rate
     * @param median the median order
     * @param sigma  the log-normal's shape; 1.5 puts a tenth of the orders above 6.8 times the median
     * @param cap    the most a unit's revenue counts for, {@code Double.POSITIVE_INFINITY} for none
     */
    record Spends(double rate, double median, double sigma, double cap) implements Behaviour {

        @Override
        public double draw(SplittableRandom random) {
            return random.nextDouble() < rate ? Math.min(cap, median * Math.exp(sigma * random.nextGaussian())) : 0;
        }

        @Override
        public boolean binary() {
            return false;
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%.0f%% buy, log-normal orders (median %.0f, sigma %.1f), %s",
                    100 * rate, median, sigma, Double.isInfinite(cap) ? "uncapped" : String.format("capped at %.0f", cap));
        }
    }
}
