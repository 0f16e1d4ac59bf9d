package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.plugins.copurchase.model.SkuIndex;

/**
 * Keeps the best few slots of a {@link CandidateTable}, best first: higher score, then more orders,
 * then the sku that sorts first, so equal rules always come out in the same order.
 */
final class Ranking {

    private int[] slots = new int[50];
    private int size;
    private int limit;
    private CandidateTable table;
    private SkuIndex skus;

    void reset(CandidateTable table, SkuIndex skus, int limit) {
        this.table = table;
        this.skus = skus;
        this.limit = limit;
        if (slots.length < limit) {
            slots = new int[limit];
        }
        size = 0;
    }

    void offer(int slot) {
        if (limit == 0 || (size == limit && !better(slot, slots[size - 1]))) {
            return;
        }
        int at = size == limit ? size - 1 : size++;
        while (at > 0 && better(slot, slots[at - 1])) {
            slots[at] = slots[at - 1];
            at--;
        }
        slots[at] = slot;
    }

    int size() {
        return size;
    }

    int slot(int rank) {
        return slots[rank];
    }

    private boolean better(int a, int b) {
        int byScore = Double.compare(table.score(a), table.score(b));
        if (byScore != 0) {
            return byScore > 0;
        }
        if (table.count(a) != table.count(b)) {
            return table.count(a) > table.count(b);
        }
        return skus.sku(table.item(a)).compareTo(skus.sku(table.item(b))) < 0;
    }
}
