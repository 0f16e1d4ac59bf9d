package dev.salescycle.host.experiments.assign;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One arm of an experiment: a name and a positive weight. Weights are relative (1 and 1, 50 and 50, or
 * 0.5 and 0.5 all split evenly) and exact: a decimal weight is taken as written, never rounded to a double.
 *
 * @param name   the variant's name, unique within its experiment
 * @param weight its relative share of units, greater than zero, at most 10^18 and with at most 18 decimal places
 */
public record Variant(String name, BigDecimal weight) {

    private static final int MAX_DECIMALS = 18;
    private static final BigDecimal MAX_WEIGHT = BigDecimal.TEN.pow(18);

    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A variant needs a name");
        }
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("Variant " + name + ": weight must be greater than 0, was " + weight);
        }
        if (weight.stripTrailingZeros().scale() > MAX_DECIMALS || weight.compareTo(MAX_WEIGHT) > 0) {
            throw new IllegalArgumentException("Variant " + name + ": weight must have at most " + MAX_DECIMALS
                    + " decimal places and be at most 10^18, was " + weight);
        }
    }

    /** A variant whose weight is the decimal {@code weight} reads as ({@code 0.1} is exactly one tenth). */
    public static Variant of(String name, double weight) {
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("Variant " + name + ": weight must be a finite number, was " + weight);
        }
        return new Variant(name, BigDecimal.valueOf(weight));
    }
}
