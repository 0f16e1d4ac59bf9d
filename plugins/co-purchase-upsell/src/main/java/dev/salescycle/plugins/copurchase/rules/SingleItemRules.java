package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.plugins.copurchase.model.ItemOrders;
import dev.salescycle.plugins.copurchase.model.TopList;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;

/**
 * Rules with one cart item as antecedent (item-to-item), for slots the whole cart did not fill. Each
 * candidate keeps the cart item that gives it the best rule. The pair counts stored with each item's
 * neighbours are exact, so no bitmap is touched; neighbour lists are sorted by count, so a list is
 * left as soon as its counts fall below the minimum support or confidence.
 */
final class SingleItemRules {

    private SingleItemRules() {
    }

    static void add(CoPurchaseModel model, UpsellSettings settings, Scratch scratch, List<Recommendation> out) {
        CandidateTable table = scratch.table;
        table.clear();
        for (int i = 0; i < scratch.cartSize; i++) {
            collect(model, settings, scratch, scratch.cart[i]);
        }
        Ranking ranking = scratch.ranking;
        ranking.reset(table, model.skus(), settings.maxItems() - out.size());
        for (int slot = 0; slot < table.size(); slot++) {
            ranking.offer(slot);
        }
        ItemOrders itemOrders = model.itemOrders();
        for (int rank = 0; rank < ranking.size(); rank++) {
            int slot = ranking.slot(rank);
            int item = table.item(slot);
            List<String> antecedent = List.of(model.skus().sku(table.antecedent(slot)));
            out.add(Evidence.rule(model.skus().sku(item), antecedent, table.count(slot), table.antecedentCount(slot),
                    itemOrders.count(item), model.orderCount(), table.score(slot)));
        }
    }

    private static void collect(CoPurchaseModel model, UpsellSettings settings, Scratch scratch, int cartItem) {
        int orders = model.orderCount();
        ItemOrders itemOrders = model.itemOrders();
        int antecedent = itemOrders.count(cartItem);
        TopList neighbours = model.neighbours().of(cartItem);
        CandidateTable table = scratch.table;
        for (int rank = 0; rank < neighbours.size(); rank++) {
            int both = neighbours.count(rank);
            if (!settings.frequent(both, orders) || !settings.confident(both, antecedent)) {
                return;
            }
            int item = neighbours.id(rank);
            if (scratch.inCart.contains(item) || scratch.chosen.contains(item)
                    || settings.excluded(model.skus().sku(item))) {
                continue;
            }
            double score = settings.rankBy().score(both, antecedent, itemOrders.count(item), orders);
            int slot = table.slotOf(item);
            if (slot < 0) {
                table.set(table.add(item), both, antecedent, cartItem, score);
            } else if (score > table.score(slot) || (score == table.score(slot) && both > table.count(slot))) {
                table.set(slot, both, antecedent, cartItem, score);
            }
        }
    }
}
