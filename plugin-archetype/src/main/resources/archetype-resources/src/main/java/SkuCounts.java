package ${package};

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Order;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/** How many orders of one shop held each sku; safe to read while orders are added. */
final class SkuCounts {

    private final Map<String, LongAdder> orders = new ConcurrentHashMap<>();

    void add(Order order) {
        order.lines().stream().map(CartLine::sku).distinct()
                .forEach(sku -> orders.computeIfAbsent(sku, s -> new LongAdder()).increment());
    }

    /** The most ordered skus, most first (ties by sku), leaving out the excluded ones. */
    List<Map.Entry<String, Long>> top(int limit, Predicate<String> excluded) {
        return orders.entrySet().stream()
                .filter(e -> !excluded.test(e.getKey()))
                .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .toList();
    }
}
