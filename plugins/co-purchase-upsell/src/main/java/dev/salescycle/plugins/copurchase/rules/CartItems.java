package dev.salescycle.plugins.copurchase.rules;

import dev.salescycle.plugins.copurchase.model.SkuIndex;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import java.util.ArrayList;
import java.util.List;

/** The cart as distinct known item ids; unknown skus and quantities are ignored. */
final class CartItems {

    private CartItems() {
    }

    /** Fills the scratch's cart and returns how many known items it holds. */
    static int resolve(Cart cart, SkuIndex skus, Scratch scratch) {
        for (CartLine line : cart.lines()) {
            int item = skus.idOf(line.sku().trim());
            if (item >= 0 && !scratch.inCart.contains(item)) {
                scratch.addToCart(item);
            }
        }
        return scratch.cartSize;
    }

    /** The cart's known skus, in cart order. */
    static List<String> skus(Scratch scratch, SkuIndex skus) {
        List<String> result = new ArrayList<>(scratch.cartSize);
        for (int i = 0; i < scratch.cartSize; i++) {
            result.add(skus.sku(scratch.cart[i]));
        }
        return List.copyOf(result);
    }
}
