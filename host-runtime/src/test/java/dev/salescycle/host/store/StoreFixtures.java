package dev.salescycle.host.store;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScheduledMessage;
import dev.salescycle.sdk.model.ScoredLead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data: orders, placements, leads and messages with readable defaults. */
final class StoreFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private StoreFixtures() {
    }

    /** A shop id no other test uses, so tests need no cleanup between them. */
    static String newShop() {
        return "shop-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An order with one line per sku, each 1 x 10.00 EUR (the first line 2 x). */
    static Order order(String orderId, String email, Instant placedAt, String... skus) {
        List<CartLine> lines = new ArrayList<>();
        Money total = Money.zero(EUR);
        for (int i = 0; i < skus.length; i++) {
            CartLine line = new CartLine(skus[i], "Product " + skus[i], i == 0 ? 2 : 1, Money.of("10.00", "EUR"));
            lines.add(line);
            total = total.plus(line.lineTotal());
        }
        return new Order(orderId, email, "Customer " + email, EUR, lines, total, placedAt);
    }

    static OrderPlacement placement(Order order, String key, String body, NewMessage... messages) {
        return new OrderPlacement(order, "v-" + order.orderId(), Boolean.TRUE, key, "hash-" + body, 201, body,
                "{\"blocks\":[\"thanks " + order.orderId() + "\"]}", List.of(messages), List.of());
    }

    static NewMessage message(String pluginId, String key, Instant dueAt) {
        return new NewMessage(pluginId, new ScheduledMessage(key, key + "-template", dueAt, true,
                Map.of("coupon", "C-" + key)));
    }

    static ScoredLead lead(String email, String source, boolean consent, int score, String... segments) {
        return new ScoredLead(new Lead(email, "Ann", source, List.of("coffee"), consent, "v-1"), score,
                List.of(segments), Map.of("emailDomain", "example.com"));
    }
}
