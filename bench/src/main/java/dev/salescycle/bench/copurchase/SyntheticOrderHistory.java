package dev.salescycle.bench.copurchase;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Streams a synthetic shop's orders as SDK {@link Order}s, made on the fly as a store would. */
public final class SyntheticOrderHistory implements OrderHistory {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Money TOTAL = Money.of("19.80", "EUR");
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    private final SyntheticShop shop;

    public SyntheticOrderHistory(SyntheticShop shop) {
        this.shop = shop;
    }

    @Override
    public void forEach(Consumer<Order> action) {
        for (int i = 0; i < shop.orderCount(); i++) {
            action.accept(new Order("o-" + i, null, null, EUR, shop.lines(i), TOTAL, START.plusSeconds(i)));
        }
    }

    @Override
    public long count() {
        return shop.orderCount();
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
