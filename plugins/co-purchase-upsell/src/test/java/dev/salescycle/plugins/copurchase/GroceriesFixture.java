package dev.salescycle.plugins.copurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;

/** A plugin that has learned all of Groceries, and the brute-force count to check it against. */
public final class GroceriesFixture {

    public final CoPurchaseUpsell plugin = new CoPurchaseUpsell();
    public final BruteForce bruteForce = new BruteForce(Groceries.baskets());

    public GroceriesFixture() {
        plugin.shopStarted(TestPluginContext.forHook(plugin).orders(Groceries.orders()).build());
    }

    /** A context for the learned shop with these settings (name, value, name, value...). */
    public PluginContext context(Object... settings) {
        TestPluginContext.Builder builder = TestPluginContext.forHook(plugin);
        for (int i = 0; i < settings.length; i += 2) {
            builder.setting((String) settings[i], settings[i + 1]);
        }
        return builder.build();
    }

    public List<Recommendation> recommend(Cart cart, Object... settings) {
        return plugin.recommend(cart, context(settings));
    }

    /** Asserts a rule's evidence equals the brute-force count of the same rule, to 1e-9. */
    public void assertExact(Recommendation r) {
        List<String> antecedent = Carts.antecedent(r);
        assertThat(r.evidence()).containsOnlyKeys("antecedent", "support", "confidence", "lift", "orders");
        assertThat(Carts.orders(r)).as("orders of %s -> %s", antecedent, r.sku())
                .isEqualTo(bruteForce.count(antecedent, r.sku()));
        assertThat(Carts.number(r, "support")).isCloseTo(bruteForce.support(antecedent, r.sku()), within(1e-9));
        assertThat(Carts.number(r, "confidence")).isCloseTo(bruteForce.confidence(antecedent, r.sku()), within(1e-9));
        assertThat(Carts.number(r, "lift")).isCloseTo(bruteForce.lift(antecedent, r.sku()), within(1e-9));
    }

    /** The recommendation for the sku, failing if there is none. */
    public static Recommendation find(List<Recommendation> recs, String sku) {
        return recs.stream().filter(r -> r.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError(sku + " not in " + recs.stream().map(Recommendation::sku).toList()));
    }

    static Map<String, Object> loose() {
        return Map.of("minSupport", "0.001", "minConfidence", "0", "maxItems", 50);
    }
}
