package dev.salescycle.plugins.copurchase.rules;

import java.util.Arrays;

/** Per-call working memory of a recommendation, reused across calls so the hot path allocates little. */
final class Scratch {

    final Marks inCart;
    final Marks chosen;
    final CandidateTable table;
    final Ranking ranking = new Ranking();
    int[] cart = new int[16];
    int cartSize;
    private int[] byCount = new int[16];

    Scratch(int items) {
        inCart = new Marks(items);
        chosen = new Marks(items);
        table = new CandidateTable(items);
    }

    /** Makes room for a model with this many items and forgets the previous call. */
    Scratch reset(int items) {
        inCart.ensure(items);
        chosen.ensure(items);
        table.ensure(items);
        inCart.clear();
        chosen.clear();
        cartSize = 0;
        return this;
    }

    /** A spare array of at least this length. */
    int[] byCount(int length) {
        if (byCount.length < length) {
            byCount = new int[length];
        }
        return byCount;
    }

    void addToCart(int item) {
        if (cartSize == cart.length) {
            cart = Arrays.copyOf(cart, cartSize * 2);
        }
        cart[cartSize++] = item;
        inCart.add(item);
    }
}
