package dev.salescycle.host.experiments.assign;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The variants of an experiment and how the 64-bit hash space is cut between them: variant {@code i}
 * takes the hashes {@code h} (unsigned) with {@code B(i-1) <= h < B(i)}, where
 * {@code B(i) = floor(2^64 * (w(0) + ... + w(i)) / W)}, {@code W} the sum of all weights, computed exactly;
 * the last variant takes the rest. Immutable and thread-safe.
 */
public final class Allocation {

    private final List<Variant> variants;
    private final long[] upperBounds;
    private final double[] shares;

    private Allocation(List<Variant> variants) {
        this.variants = List.copyOf(variants);
        if (this.variants.size() < 2) {
            throw new IllegalArgumentException("An experiment needs at least 2 variants, has " + this.variants.size());
        }
        Set<String> names = new HashSet<>();
        for (Variant v : this.variants) {
            if (!names.add(v.name())) {
                throw new IllegalArgumentException("Variant " + v.name() + " is named twice");
            }
        }
        BigInteger[] weights = integerWeights(this.variants);
        BigInteger total = Arrays.stream(weights).reduce(BigInteger.ZERO, BigInteger::add);
        upperBounds = new long[weights.length - 1];
        shares = new double[weights.length];
        BigInteger cumulative = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            cumulative = cumulative.add(weights[i]);
            if (i < upperBounds.length) {
                upperBounds[i] = cumulative.shiftLeft(64).divide(total).longValue();
            }
            shares[i] = new BigDecimal(weights[i]).divide(new BigDecimal(total), MathContext.DECIMAL64).doubleValue();
        }
    }

    /** The weights scaled by the same power of ten to whole numbers, so that every ratio stays exact. */
    private static BigInteger[] integerWeights(List<Variant> variants) {
        int scale = variants.stream().mapToInt(v -> Math.max(0, v.weight().stripTrailingZeros().scale())).max().orElse(0);
        return variants.stream().map(v -> v.weight().movePointRight(scale).toBigIntegerExact()).toArray(BigInteger[]::new);
    }

    /** The variants in the given order, which fixes which hashes go to which. At least 2, names unique. */
    public static Allocation of(List<Variant> variants) {
        return new Allocation(variants);
    }

    /** See {@link #of(List)}. */
    public static Allocation of(Variant... variants) {
        return new Allocation(List.of(variants));
    }

    /** The variants, in their configured order. */
    public List<Variant> variants() {
        return variants;
    }

    /** The share of units variant {@code index} is meant to get: its weight over the sum of all weights. */
    public double share(int index) {
        return shares[index];
    }

    /** The index of the variant a hash falls to. */
    int indexOf(long hash) {
        for (int i = 0; i < upperBounds.length; i++) {
            if (Long.compareUnsigned(hash, upperBounds[i]) < 0) {
                return i;
            }
        }
        return upperBounds.length;
    }

    /** The first hash (unsigned) past variant {@code index}'s range; for all but the last variant. */
    long upperBound(int index) {
        return upperBounds[index];
    }
}
