package dev.salescycle.testkit.checks;

import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.ScoredLead;
import dev.salescycle.testkit.TestPluginContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The sample shop the smoke checks call hooks with: three products, a short order history, a cart, an order and a lead. */
final class Samples {

    static final Currency EUR = Currency.getInstance("EUR");
    static final String EMAIL = "sam.sample@example.org";

    private static final Instant NOW = TestPluginContext.DEFAULT_NOW;

    private Samples() {
    }

    static List<Product> products() {
        return List.of(new Product("sample-beans", "Espresso beans", Money.of("12.50", "EUR"), null, null),
                new Product("sample-filters", "Paper filters", Money.of("3.20", "EUR"), null, null),
                new Product("sample-mug", "Mug", Money.of("8.00", "EUR"), null, null));
    }

    static Cart cart() {
        return new Cart("sample-cart", EMAIL, EUR, List.of(line("sample-beans", 1), line("sample-filters", 2)));
    }

    static Order order() {
        List<CartLine> lines = List.of(line("sample-beans", 1), line("sample-filters", 2));
        return new Order("sample-order", EMAIL, "Sam Sample", EUR, lines, total(lines), NOW);
    }

    static Customer customer() {
        return new Customer(EMAIL, "Sam Sample", true, 1, NOW, NOW);
    }

    static ScoredLead lead() {
        return ScoredLead.of(new Lead(EMAIL, "Sam Sample", "newsletter", List.of("coffee"), true, "sample-visitor"));
    }

    /** Past orders of other customers: beans with filters, beans with a mug. */
    static List<Order> history() {
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            List<CartLine> lines = List.of(line("sample-beans", 1), line(i % 3 == 0 ? "sample-mug" : "sample-filters", 1));
            orders.add(new Order("sample-past-" + i, "past" + i + "@example.org", null, EUR, lines, total(lines),
                    NOW.minus(Duration.ofDays(30L - i))));
        }
        return orders;
    }

    private static CartLine line(String sku, int quantity) {
        Product product = products().stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
        return new CartLine(sku, product.name(), quantity, product.price());
    }

    private static Money total(List<CartLine> lines) {
        return lines.stream().map(CartLine::lineTotal).reduce(Money.zero(EUR), Money::plus);
    }
}
