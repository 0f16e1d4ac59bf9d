package dev.salescycle.plugins.copurchase.rules;

import java.util.Locale;

/** The measure recommendations are ranked by, highest first. */
public enum RankBy {
    /** How much more often the item is bought with the antecedent than on its own. */
    LIFT,
    /** The share of the antecedent's orders that also hold the item. */
    CONFIDENCE,
    /** The share of all orders that hold the antecedent and the item. */
    SUPPORT;

    /** The setting value, as an operator writes it. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The enum constant for a setting value. */
    public static RankBy fromSetting(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The rule's score.
     *
     * @param both orders holding the antecedent and the item
     * @param antecedent orders holding the antecedent
     * @param item orders holding the item
     * @param orders all orders
     */
    public double score(long both, long antecedent, long item, long orders) {
        return switch (this) {
            case LIFT -> RuleMetrics.lift(both, antecedent, item, orders);
            case CONFIDENCE -> RuleMetrics.confidence(both, antecedent);
            case SUPPORT -> RuleMetrics.support(both, orders);
        };
    }
}
