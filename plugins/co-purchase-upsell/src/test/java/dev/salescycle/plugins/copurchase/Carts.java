package dev.salescycle.plugins.copurchase;

import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Recommendation;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** Carts and evidence accessors for tests. */
public final class Carts {

    private Carts() {
    }

    /** A EUR cart with one line per sku. */
    public static Cart of(String... skus) {
        return of(Arrays.asList(skus));
    }

    public static Cart of(List<String> skus) {
        List<CartLine> lines = skus.stream().map(s -> new CartLine(s, null, 1, Money.of("2.50", "EUR"))).toList();
        return new Cart("cart-1", null, Currency.getInstance("EUR"), lines);
    }

    @SuppressWarnings("unchecked")
    public static List<String> antecedent(Recommendation r) {
        return (List<String>) r.evidence().get("antecedent");
    }

    public static double number(Recommendation r, String key) {
        return ((Number) r.evidence().get(key)).doubleValue();
    }

    public static long orders(Recommendation r) {
        return (Long) r.evidence().get("orders");
    }
}
