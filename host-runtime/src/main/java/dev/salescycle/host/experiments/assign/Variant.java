package dev.salescycle.host.experiments.assign;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One arm of an experiment: a name and a positive weight. Weights are relative (1 and 1, 50 and 50, or
 * 0.5 and 0.5 all split evenly) and exact: a decimal weight is taken as written, never rounded to a double.
 *
 * @param name   the variant's name, unique within its experiment
 * @param weight its relative share of units, greater than zero
 */
public record Variant(String name, BigDecimal weight) {

    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A variant needs a name");
        }
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("Variant " + name + ": weight must be greater than 0, was " + weight);
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
