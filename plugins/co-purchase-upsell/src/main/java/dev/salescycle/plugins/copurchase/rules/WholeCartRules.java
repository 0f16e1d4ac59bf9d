package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.plugins.copurchase.model.ItemOrders;
import dev.salescycle.plugins.copurchase.model.TopList;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Rules whose antecedent is the whole cart, used when the cart's items are frequent together.
 * The counts are exact. A small antecedent is counted by walking its orders in the log, which finds
 * every item bought with the whole cart; a large one intersects its bitmap with each neighbour of the
 * cart's items instead, whichever touches fewer entries.
 */
final class WholeCartRules {

    /** Walk the antecedent's orders when that reads at most this many log entries. */
    private static final long SCAN_BUDGET = 1 << 16;

    private WholeCartRules() {
    }

    static void add(CoPurchaseModel model, UpsellSettings settings, Scratch scratch, List<Recommendation> out) {
        int orders = model.orderCount();
        ItemOrders itemOrders = model.itemOrders();
        RoaringBitmap common = WholeCartIntersection.frequentOrNull(scratch, model, settings);
        if (common == null) {
            return;
        }
        int antecedent = common.getCardinality();
        CandidateTable table = scratch.table;
        table.clear();
        if (antecedent * model.log().totalItems() / orders <= SCAN_BUDGET) {
            countByScan(model, common, scratch);
        } else {
            countByIntersection(model, settings, common, scratch);
        }
        Ranking ranking = scratch.ranking;
        ranking.reset(table, model.skus(), settings.maxItems() - out.size());
        for (int slot = 0; slot < table.size(); slot++) {
            int item = table.item(slot);
            int both = table.count(slot);
            if (settings.frequent(both, orders) && settings.confident(both, antecedent)
                    && !settings.excluded(model.skus().sku(item))) {
                double score = settings.rankBy().score(both, antecedent, itemOrders.count(item), orders);
                table.set(slot, both, antecedent, CandidateTable.WHOLE_CART, score);
                ranking.offer(slot);
            }
        }
        if (ranking.size() == 0) {
            return;
        }
        List<String> cartSkus = CartItems.skus(scratch, model.skus());
        for (int rank = 0; rank < ranking.size(); rank++) {
            int slot = ranking.slot(rank);
            int item = table.item(slot);
            scratch.chosen.add(item);
            out.add(Evidence.rule(model.skus().sku(item), cartSkus, table.count(slot), antecedent,
                    itemOrders.count(item), orders, table.score(slot)));
        }
    }

    private static void countByScan(CoPurchaseModel model, RoaringBitmap common, Scratch scratch) {
        CandidateTable table = scratch.table;
        common.forEach((int order) -> {
            for (int p = model.log().start(order), end = model.log().end(order); p < end; p++) {
                int item = model.log().item(p);
                if (!scratch.inCart.contains(item)) {
                    int slot = table.slotOf(item);
                    table.increment(slot >= 0 ? slot : table.add(item));
                }
            }
        });
    }

    private static void countByIntersection(CoPurchaseModel model, UpsellSettings settings, RoaringBitmap common,
                                            Scratch scratch) {
        CandidateTable table = scratch.table;
        int orders = model.orderCount();
        for (int i = 0; i < scratch.cartSize; i++) {
            TopList neighbours = model.neighbours().of(scratch.cart[i]);
            // A pair count bounds the whole cart's count with the same item, so the list can stop early.
            for (int rank = 0; rank < neighbours.size() && settings.frequent(neighbours.count(rank), orders); rank++) {
                int item = neighbours.id(rank);
                if (!scratch.inCart.contains(item) && table.slotOf(item) < 0) {
                    int both = RoaringBitmap.andCardinality(common, model.itemOrders().orders(item));
                    table.set(table.add(item), both, 0, CandidateTable.WHOLE_CART, 0);
                }
            }
        }
    }
}
