package dev.salescycle.bench.copurchase;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A synthetic shop's orders made while they are streamed, as a store reads them row by row: nothing is
 * held between orders, so any number of orders fits. Each pass draws the same orders from the seed, with
 * new order and line objects as a store would read them.
 */
public final class StreamedOrderHistory implements OrderHistory {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Money PRICE = Money.of("9.90", "EUR");
    private static final Money TOTAL = Money.of("19.80", "EUR");
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final BasketSampler sampler;
    private final long orders;
    private final long seed;
    private final String idPrefix;
    private final String[] skus;

    /** {@code orders} orders over {@code skus} skus drawn from {@code seed}, ids {@code idPrefix0, idPrefix1...}. */
    public StreamedOrderHistory(long orders, int skus, long seed, String idPrefix) {
        this.sampler = new BasketSampler(skus, seed);
        this.orders = orders;
        this.seed = seed;
        this.idPrefix = idPrefix;
        this.skus = new String[skus];
        for (int i = 0; i < skus; i++) {
            this.skus[i] = SyntheticShop.sku(i);
        }
    }

    @Override
    public void forEach(Consumer<Order> action) {
        SplittableRandom random = new SplittableRandom(seed);
        for (long i = 0; i < orders; i++) {
            action.accept(order(i, sampler.next(random)));
        }
    }

    /** Carts of exactly {@code size} items drawn as orders are, from their own seed. */
    public List<CartLine> cart(SplittableRandom random, int size) {
        return lines(sampler.next(random, size));
    }

    private Order order(long index, int[] basket) {
        return new Order(idPrefix + index, null, null, EUR, lines(basket), TOTAL, START.plusSeconds(index));
    }

    private List<CartLine> lines(int[] basket) {
        List<CartLine> lines = new ArrayList<>(basket.length);
        for (int item : basket) {
            lines.add(new CartLine(new String(skus[item]), null, 1, PRICE));
        }
        return lines;
    }

    @Override
    public long count() {
        return orders;
    }

    @Override
    public Optional<Customer> customer(String email) {
        return Optional.empty();
    }

    @Override
    public List<Order> ordersOf(String email) {
        return List.of();
    }
}
