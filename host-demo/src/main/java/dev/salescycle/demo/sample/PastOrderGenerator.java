package dev.salescycle.demo.sample;

import dev.salescycle.sdk.model.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a sample shop's order history from its basket plan. The same plan always gives the
 * same orders (ids, customers, items); only their dates move along with {@code now}.
 */
public final class PastOrderGenerator {

    private static final double DOUBLE_QUANTITY_CHANCE = 0.15;

    /**
     * @param shopId prefix of the order ids
     * @param shop   the sample shop
     * @param now    the newest order is placed shortly before this instant
     * @return the orders, oldest first
     */
    public List<PastOrder> generate(String shopId, SampleShop shop, Instant now) {
        PastOrderPlan plan = shop.pastOrders();
        Random random = new Random(plan.seed());
        List<SampleProduct> catalogue = shop.products();
        Map<String, SampleProduct> bySku = shop.productsBySku();
        Duration spacing = Duration.ofDays(plan.days()).dividedBy(Math.max(plan.count(), 1));
        Instant start = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(plan.days()));
        List<PastOrder> orders = new ArrayList<>(plan.count());
        for (int i = 0; i < plan.count(); i++) {
            Map<String, SampleProduct> items = pickItems(random, plan, bySku, catalogue);
            String customer = String.format("customer%03d@example.com", 1 + random.nextInt(plan.customers()));
            Instant placedAt = start.plus(spacing.multipliedBy(i)).plusSeconds(random.nextInt(3600));
            orders.add(order(String.format("%s-past-%04d", shopId, i + 1), customer, shop, items, random, placedAt));
        }
        return orders;
    }

    private static Map<String, SampleProduct> pickItems(Random random, PastOrderPlan plan,
                                                        Map<String, SampleProduct> bySku,
                                                        List<SampleProduct> catalogue) {
        Basket basket = pickBasket(random, plan);
        Map<String, SampleProduct> items = new LinkedHashMap<>();
        basket.items().forEach((sku, chance) -> {
            if (random.nextDouble() < chance) {
                items.put(sku, bySku.get(sku));
            }
        });
        if (random.nextDouble() < plan.strayItemChance()) {
            SampleProduct stray = catalogue.get(random.nextInt(catalogue.size()));
            items.putIfAbsent(stray.sku(), stray);
        }
        if (items.isEmpty()) {
            String first = basket.items().keySet().iterator().next();
            items.put(first, bySku.get(first));
        }
        return items;
    }

    private static Basket pickBasket(Random random, PastOrderPlan plan) {
        int ticket = random.nextInt(plan.totalWeight());
        for (Basket basket : plan.baskets()) {
            ticket -= basket.weight();
            if (ticket < 0) {
                return basket;
            }
        }
        throw new IllegalStateException("weights changed while picking");
    }

    private static PastOrder order(String orderId, String customer, SampleShop shop,
                                   Map<String, SampleProduct> items, Random random, Instant placedAt) {
        Money total = Money.zero(shop.currency());
        List<PastOrder.Line> lines = new ArrayList<>(items.size());
        for (SampleProduct product : items.values()) {
            int quantity = random.nextDouble() < DOUBLE_QUANTITY_CHANCE ? 2 : 1;
            Money unitPrice = new Money(product.price(), shop.currency());
            total = total.plus(unitPrice.times(BigDecimal.valueOf(quantity)));
            lines.add(new PastOrder.Line(product.sku(), product.name(), quantity, unitPrice.amount().toPlainString()));
        }
        return new PastOrder(orderId, customer, shop.currency().getCurrencyCode(), lines,
                total.amount().toPlainString(), placedAt.toString());
    }
}
