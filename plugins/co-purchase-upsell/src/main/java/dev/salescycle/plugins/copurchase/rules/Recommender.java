package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a cart from a model: rules with the whole cart as antecedent first (when the cart is frequent
 * together), then single-item rules for the remaining slots; best-sellers for a cart the model does
 * not know. Safe for concurrent calls on a model that is not being written.
 */
public final class Recommender {

    private final ScratchPool scratches = new ScratchPool();

    /** The recommendations for the cart, best first; never more than {@code settings.maxItems()}. */
    public List<Recommendation> recommend(CoPurchaseModel model, Cart cart, UpsellSettings settings) {
        if (model.orderCount() == 0) {
            return List.of();
        }
        Scratch scratch = scratches.acquire(model.skus().size());
        try {
            if (CartItems.resolve(cart, model.skus(), scratch) == 0) {
                return BestSellerAnswer.of(model, settings);
            }
            List<Recommendation> out = new ArrayList<>(settings.maxItems());
            if (scratch.cartSize >= 2) {
                WholeCartRules.add(model, settings, scratch, out);
            }
            if (out.size() < settings.maxItems()) {
                SingleItemRules.add(model, settings, scratch, out);
            }
            return out;
        } finally {
            scratches.release(scratch);
        }
    }
}
