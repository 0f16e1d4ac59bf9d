package dev.salescycle.bench.copurchase;

import dev.salescycle.plugins.copurchase.CoPurchaseUpsell;
import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.testkit.InMemoryOrderHistory;
import dev.salescycle.testkit.TestPluginContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hit-rate of the co-purchase plugin on a basket file (Groceries by default) against a most-popular
 * baseline: a seeded 80/20 split, one item held out of each test basket, 5 items recommended from the rest.
 * Arguments: [basket file] [seed].
 */
public final class CoPurchaseEvaluation {

    private static final Path DEFAULT_FILE = Path.of("plugins/co-purchase-upsell/src/test/resources/groceries.csv");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Money PRICE = Money.of("1.00", "EUR");

    /** Defaults (minSupport 0.001, minConfidence 0.1) by each measure, then stricter thresholds. */
    private static final List<Map<String, Object>> SETTINGS = List.of(
            settings("rankBy", "lift"),
            settings("rankBy", "confidence"),
            settings("rankBy", "support"),
            settings("rankBy", "lift", "minSupport", "0.006", "minConfidence", "0.25"),
            settings("rankBy", "confidence", "minSupport", "0.006", "minConfidence", "0.25"));

    private CoPurchaseEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        HoldOutSplit split = HoldOutSplit.of(BasketFile.read(file), 0.2, seed);
        System.out.printf("%s: %d training baskets, %d test carts, seed %d%n%n",
                file.getFileName(), split.train().size(), split.cases().size(), seed);
        CoPurchaseUpsell plugin = new CoPurchaseUpsell();
        OrderHistory history = new InMemoryOrderHistory(orders(split.train()));
        TestPluginContext trained = context(plugin, history, Map.of());
        plugin.shopStarted(trained);
        List<String> popular = skus(plugin.recommend(cart(List.of()), context(plugin, history, Map.of("maxItems", 50))));

        System.out.println(HitRate.header());
        System.out.println(evaluate(split, "most popular (baseline)", cart -> firstNotIn(popular, cart, List.of())).row());
        for (Map<String, Object> settings : SETTINGS) {
            TestPluginContext ctx = context(plugin, history, settings);
            String name = "co-purchase " + settings;
            System.out.println(evaluate(split, name, cart -> skus(plugin.recommend(cart(cart), ctx))).row());
            System.out.println(evaluate(split, name + ", then best-sellers",
                    cart -> firstNotIn(popular, cart, skus(plugin.recommend(cart(cart), ctx)))).row());
        }
    }

    private interface Method {
        List<String> recommend(List<String> cart);
    }

    private static HitRate evaluate(HoldOutSplit split, String name, Method method) {
        HitRate rate = new HitRate(name);
        split.cases().forEach(c -> rate.add(method.recommend(c.cart()), c.heldOut()));
        return rate;
    }

    /** The given items, then popular items not in the cart and not yet named, up to 5. */
    private static List<String> firstNotIn(List<String> popular, List<String> cart, List<String> first) {
        List<String> result = new ArrayList<>(first);
        for (String sku : popular) {
            if (result.size() >= 5) {
                break;
            }
            if (!cart.contains(sku) && !result.contains(sku)) {
                result.add(sku);
            }
        }
        return result;
    }

    private static List<String> skus(List<Recommendation> recs) {
        return recs.stream().map(Recommendation::sku).toList();
    }

    private static Cart cart(List<String> skus) {
        return new Cart(null, null, EUR, skus.stream().map(s -> new CartLine(s, s, 1, PRICE)).toList());
    }

    private static List<Order> orders(List<List<String>> baskets) {
        List<Order> orders = new ArrayList<>(baskets.size());
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < baskets.size(); i++) {
            List<CartLine> lines = baskets.get(i).stream().map(s -> new CartLine(s, s, 1, PRICE)).toList();
            orders.add(new Order("train-" + i, null, null, EUR, lines, PRICE, start.plusSeconds(i)));
        }
        return orders;
    }

    private static Map<String, Object> settings(Object... pairs) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put((String) pairs[i], pairs[i + 1]);
        }
        settings.put("maxItems", 5);
        return settings;
    }

    private static TestPluginContext context(CoPurchaseUpsell plugin, OrderHistory history, Map<String, ?> settings) {
        return Contexts.of(plugin, history, new LinkedHashMap<>(settings));
    }
}
