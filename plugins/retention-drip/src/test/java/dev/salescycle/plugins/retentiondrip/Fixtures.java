package dev.salescycle.plugins.retentiondrip;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Orders, customers and steps for tests. */
final class Fixtures {

    static final Instant PLACED_AT = Instant.parse("2026-01-15T09:30:00Z");

    private Fixtures() {
    }

    static Order order(String orderId, String customerName, CartLine... lines) {
        return new Order(orderId, "anna@example.com", customerName, Currency.getInstance("EUR"), List.of(lines),
                Money.of("30.00", "EUR"), PLACED_AT);
    }

    static Order order(String orderId) {
        return order(orderId, "Anna Smith", line("beans", "Beans"), line("mug", "Mug"), line("beans", "Beans"));
    }

    static CartLine line(String sku, String name) {
        return new CartLine(sku, name, 1, Money.of("10.00", "EUR"));
    }

    static Customer customer(String name, Instant lastOrderAt) {
        return new Customer("anna@example.com", name, true, 1, PLACED_AT, lastOrderAt);
    }

    static Map<String, Object> step(String after, String template) {
        return Map.of("after", after, "template", template);
    }

    static Map<String, Object> step(String after, String template, Object couponPercent) {
        return Map.of("after", after, "template", template, "couponPercent", couponPercent);
    }
}
