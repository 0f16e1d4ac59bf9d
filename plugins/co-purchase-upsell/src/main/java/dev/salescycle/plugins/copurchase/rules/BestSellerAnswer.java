package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.plugins.copurchase.model.TopList;
import dev.salescycle.sdk.model.Recommendation;
import java.util.ArrayList;
import java.util.List;

/** The answer for a cart with nothing the model knows: the shop's best-sellers, labelled as such. */
final class BestSellerAnswer {

    private BestSellerAnswer() {
    }

    static List<Recommendation> of(CoPurchaseModel model, UpsellSettings settings) {
        TopList best = model.bestSellers();
        List<Recommendation> out = new ArrayList<>(settings.maxItems());
        for (int rank = 0; rank < best.size() && out.size() < settings.maxItems(); rank++) {
            String sku = model.skus().sku(best.id(rank));
            if (!settings.excluded(sku)) {
                out.add(Evidence.bestSeller(sku, best.count(rank), model.orderCount()));
            }
        }
        return out;
    }
}
