package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;

/**
 * Stage 3, the buying experience at the point of sale: items that go with what is in the cart.
 *
 * <p>The host merges the recommendations of all enabled plugins in configured order, drops items
 * already in the cart and repeated skus (the first plugin to name a sku keeps it), and caps the list.
 * Return the best first.
 *
 * @since 1.0.0
 */
public interface Upsell extends SalesCycleHook {

    /** Recommendations for the cart, best first. */
    List<Recommendation> recommend(Cart cart, PluginContext context);
}
