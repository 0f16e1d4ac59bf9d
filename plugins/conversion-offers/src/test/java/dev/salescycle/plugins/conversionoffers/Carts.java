package dev.salescycle.plugins.conversionoffers;

import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import java.util.Currency;
import java.util.List;

/** Carts and lines for tests. */
final class Carts {

    private Carts() {
    }

    static Cart cart(String email, CartLine... lines) {
        return new Cart("cart-1", email, Currency.getInstance("EUR"), List.of(lines));
    }

    static Cart cartIn(String currency, CartLine... lines) {
        return new Cart("cart-1", null, Currency.getInstance(currency), List.of(lines));
    }

    static CartLine line(String sku, String name, int quantity, String unitPrice) {
        return line(sku, name, quantity, unitPrice, "EUR");
    }

    static CartLine line(String sku, String name, int quantity, String unitPrice, String currency) {
        return new CartLine(sku, name, quantity, Money.of(unitPrice, currency));
    }
}
