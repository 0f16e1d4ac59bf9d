package dev.salescycle.plugins.copurchase;

import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** The Groceries data set (one basket a line, items comma-separated) as baskets and as orders. */
public final class Groceries {

    private static final Money PRICE = Money.of("1.00", "EUR");
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static List<List<String>> baskets;

    private Groceries() {
    }

    /** Every basket, its item names trimmed. */
    public static synchronized List<List<String>> baskets() {
        if (baskets == null) {
            baskets = read();
        }
        return baskets;
    }

    /** The baskets as orders {@code g-0, g-1, ...}, one second apart, in file order. */
    public static List<Order> orders() {
        return orders(baskets(), 0);
    }

    /** Orders for the baskets, numbered from {@code first}. */
    public static List<Order> orders(List<List<String>> some, int first) {
        List<Order> orders = new ArrayList<>(some.size());
        for (int i = 0; i < some.size(); i++) {
            orders.add(order("g-" + (first + i), some.get(i), START.plusSeconds(first + i)));
        }
        return orders;
    }

    /** One order with one line per item, sku = item name. */
    public static Order order(String id, List<String> items, Instant placedAt) {
        List<CartLine> lines = items.stream().map(item -> new CartLine(item, item, 1, PRICE)).toList();
        return new Order(id, null, null, Currency.getInstance("EUR"), lines, PRICE, placedAt);
    }

    private static List<List<String>> read() {
        var in = Objects.requireNonNull(Groceries.class.getResourceAsStream("/groceries.csv"), "groceries.csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> Arrays.stream(line.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
