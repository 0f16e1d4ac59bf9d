package dev.salescycle.plugins.copurchase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recommendation list as docs/co-purchase.md describes it, computed from brute-force counts: whole-cart
 * rules first when the cart is frequent, then for each other candidate the best rule with one cart item as
 * antecedent, among the 64 items bought most often with that cart item.
 */
final class BruteForceRanking {

    /** A rule as the list shows it. */
    record Rule(String sku, double score, long orders) {
    }

    static final int NEIGHBOURS = 64;

    private final BruteForce counts;
    private final Map<String, Long> itemCounts;
    private final double minSupport;
    private final double minConfidence;
    private final String rankBy;
    private final int maxItems;
    private final boolean tiesAtTheCutOff;

    BruteForceRanking(BruteForce counts, double minSupport, double minConfidence, String rankBy, int maxItems,
                      boolean tiesAtTheCutOff) {
        this.counts = counts;
        this.itemCounts = counts.itemCounts();
        this.minSupport = minSupport;
        this.minConfidence = minConfidence;
        this.rankBy = rankBy;
        this.maxItems = maxItems;
        this.tiesAtTheCutOff = tiesAtTheCutOff;
    }

    List<Rule> recommend(List<String> cart) {
        Set<String> items = new LinkedHashSet<>(cart);
        items.retainAll(itemCounts.keySet());
        List<Rule> out = new ArrayList<>();
        if (items.size() >= 2 && frequent(counts.count(items))) {
            long antecedent = counts.count(items);
            List<Rule> whole = new ArrayList<>();
            for (String item : itemCounts.keySet()) {
                if (!items.contains(item)) {
                    rule(item, counts.count(items, item), antecedent).ifPresent(whole::add);
                }
            }
            out.addAll(best(whole, maxItems));
        }
        Map<String, Rule> single = new HashMap<>();
        Set<String> chosen = new LinkedHashSet<>(items);
        out.forEach(r -> chosen.add(r.sku()));
        for (String cartItem : items) {
            long antecedent = itemCounts.get(cartItem);
            for (String item : neighbours(cartItem)) {
                if (!chosen.contains(item)) {
                    rule(item, counts.count(List.of(cartItem), item), antecedent)
                            .ifPresent(r -> single.merge(item, r, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b));
                }
            }
        }
        out.addAll(best(new ArrayList<>(single.values()), maxItems - out.size()));
        return out;
    }

    /**
     * The items bought most often with the cart item that can reach the minimum support, at most 64. Items
     * tied at the 64th place are all taken or all left out, as {@code tiesAtTheCutOff} says: the plugin
     * takes some of them, and a list that is the same either way is the same whichever it takes.
     */
    private List<String> neighbours(String cartItem) {
        List<String> frequent = new ArrayList<>();
        Map<String, Long> pairs = new HashMap<>();
        for (String item : itemCounts.keySet()) {
            long both = counts.count(List.of(cartItem), item);
            if (!item.equals(cartItem) && frequent(both)) {
                frequent.add(item);
                pairs.put(item, both);
            }
        }
        if (frequent.size() <= NEIGHBOURS) {
            return frequent;
        }
        frequent.sort(Comparator.comparing(pairs::get, Comparator.reverseOrder()));
        long last = pairs.get(frequent.get(NEIGHBOURS - 1));
        return frequent.stream().filter(item -> pairs.get(item) > last || (tiesAtTheCutOff && pairs.get(item) == last))
                .toList();
    }

    private Optional<Rule> rule(String item, long both, long antecedent) {
        if (!frequent(both) || (double) both / antecedent < minConfidence) {
            return Optional.empty();
        }
        double score = switch (rankBy) {
            case "lift" -> ((double) both / antecedent) / ((double) itemCounts.get(item) / counts.orders());
            case "confidence" -> (double) both / antecedent;
            case "support" -> (double) both / counts.orders();
            default -> throw new IllegalArgumentException(rankBy);
        };
        return Optional.of(new Rule(item, score, both));
    }

    private boolean frequent(long count) {
        return count > 0 && (double) count / counts.orders() >= minSupport;
    }

    private static final Comparator<Rule> ORDER = Comparator.comparingDouble(Rule::score).reversed()
            .thenComparing(Rule::orders, Comparator.reverseOrder())
            .thenComparing(Rule::sku);

    private static List<Rule> best(List<Rule> rules, int limit) {
        return rules.stream().sorted(ORDER).limit(Math.max(limit, 0)).toList();
    }
}
