package dev.salescycle.sdk.model;

import java.util.Map;
import java.util.Objects;

/**
 * An item recommended for a cart. The host adds the id of the plugin that made it.
 *
 * @param sku the recommended product's sku
 * @param name its display name, or null (the host fills it from the catalogue)
 * @param price its price, or null (the host fills it from the catalogue)
 * @param score the plugin's ranking score; higher is better
 * @param reason a short text for the shopper, for example {@code "Often bought together"}
 * @param evidence the facts behind it, for example {@code support}, {@code confidence}, {@code lift}; never null
 * @since 1.0.0
 */
public record Recommendation(String sku, String name, Money price, double score, String reason,
                             Map<String, Object> evidence) {

    /**
     * Checks the recommendation; a null reason counts as empty, null evidence as none.
     *
     * @throws NullPointerException if {@code sku} is null
     * @throws IllegalArgumentException if the sku is blank or the score is NaN
     */
    public Recommendation {
        Objects.requireNonNull(sku, "sku");
        if (sku.isBlank()) {
            throw new IllegalArgumentException("sku must not be blank");
        }
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be a number");
        }
        reason = reason == null ? "" : reason;
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }
}
