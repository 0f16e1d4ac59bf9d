package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.Map;

/** Turns a rule or a best-seller into a {@link Recommendation} with the facts behind it. */
final class Evidence {

    static final String RULE_REASON = "Often bought together";
    static final String BEST_SELLER_REASON = "Best-seller";

    private Evidence() {
    }

    static Recommendation rule(String sku, List<String> antecedent, long both, long antecedentCount,
                               long itemCount, long orders, double score) {
        return new Recommendation(sku, null, null, score, RULE_REASON, Map.of(
                "antecedent", antecedent,
                "support", RuleMetrics.support(both, orders),
                "confidence", RuleMetrics.confidence(both, antecedentCount),
                "lift", RuleMetrics.lift(both, antecedentCount, itemCount, orders),
                "orders", both));
    }

    static Recommendation bestSeller(String sku, long itemCount, long orders) {
        return new Recommendation(sku, null, null, RuleMetrics.support(itemCount, orders), BEST_SELLER_REASON,
                Map.of("basis", "best-sellers", "orders", itemCount));
    }
}
