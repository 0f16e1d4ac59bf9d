package dev.salescycle.sdk.model;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A shopper's cart as the storefront sent it.
 *
 * @param cartId the storefront's cart id, or null
 * @param customerEmail the shopper's e-mail when known, or null
 * @param currency the cart's currency; every line is priced in it
 * @param lines the lines, possibly none
 * @since 1.0.0
 */
public record Cart(String cartId, String customerEmail, Currency currency, List<CartLine> lines) {

    /**
     * Checks the cart; a null line list counts as none.
     *
     * @throws NullPointerException if {@code currency} is null
     * @throws IllegalArgumentException if a line is priced in another currency
     */
    public Cart {
        Objects.requireNonNull(currency, "currency");
        lines = lines == null ? List.of() : List.copyOf(lines);
        for (CartLine line : lines) {
            if (!line.unitPrice().currency().equals(currency)) {
                throw new IllegalArgumentException("line " + line.sku() + " is not priced in " + currency);
            }
        }
    }

    /** The sum of the line totals. */
    public Money subtotal() {
        Money sum = Money.zero(currency);
        for (CartLine line : lines) {
            sum = sum.plus(line.lineTotal());
        }
        return sum;
    }

    /** Whether a line holds this sku. */
    public boolean contains(String sku) {
        return lines.stream().anyMatch(l -> l.sku().equals(sku));
    }
}
