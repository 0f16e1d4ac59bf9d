package dev.salescycle.plugins.copurchase.rules;

/** Support, confidence and lift of a rule A -> B from order counts. */
public final class RuleMetrics {

    private RuleMetrics() {
    }

    /** support(A ∪ B) = |orders with A and B| / |orders|. */
    public static double support(long both, long orders) {
        return (double) both / orders;
    }

    /** confidence(A -> B) = |orders with A and B| / |orders with A|. */
    public static double confidence(long both, long antecedent) {
        return (double) both / antecedent;
    }

    /** lift(A -> B) = confidence(A -> B) / support(B). */
    public static double lift(long both, long antecedent, long item, long orders) {
        return confidence(both, antecedent) / support(item, orders);
    }
}
