package dev.salescycle.plugins.thankyou;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Orders and customers for tests. */
final class Orders {

    static final Instant PLACED_AT = Instant.parse("2026-01-15T10:00:00Z");

    private Orders() {
    }

    static Order order(String orderId, String customerName, CartLine... lines) {
        return new Order(orderId, "anna@example.com", customerName, Currency.getInstance("EUR"), List.of(lines),
                Money.of("42.50", "EUR"), PLACED_AT);
    }

    static Order order(String orderId) {
        return order(orderId, "Anna Maria Smith", line("beans", 2), line("mug", 1));
    }

    static CartLine line(String sku, int quantity) {
        return new CartLine(sku, sku, quantity, Money.of("10.00", "EUR"));
    }

    static Customer customer(String name) {
        return new Customer("anna@example.com", name, true, 1, PLACED_AT, PLACED_AT);
    }
}
