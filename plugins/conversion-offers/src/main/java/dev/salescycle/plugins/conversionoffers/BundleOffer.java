package dev.salescycle.plugins.conversionoffers;

import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Bundle deals for the bundles whose every sku is in the cart. */
final class BundleOffer {

    private BundleOffer() {
    }

    static List<Offer> offers(Cart cart, List<Bundle> bundles, ProductCatalog catalog) {
        List<Offer> offers = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.skus().stream().allMatch(cart::contains)) {
                offers.add(offer(cart, bundle, catalog));
            }
        }
        return offers;
    }

    private static Offer offer(Cart cart, Bundle bundle, ProductCatalog catalog) {
        int sets = Integer.MAX_VALUE;
        Money setPrice = Money.zero(cart.currency());
        for (String sku : bundle.skus()) {
            sets = Math.min(sets, quantity(cart, sku));
            setPrice = setPrice.plus(firstLine(cart, sku).unitPrice());
        }
        String names = bundle.skus().stream().map(sku -> name(cart, sku, catalog)).collect(Collectors.joining(" + "));
        String percent = Amounts.percent(bundle.percentOff());
        Money discount = Amounts.percentOf(setPrice.times(BigDecimal.valueOf(sets)), bundle.percentOff());
        return new Offer("bundle-" + String.join("+", bundle.skus()), OfferType.BUNDLE,
                bundle.title() != null ? bundle.title() : "Bundle deal",
                "Save " + percent + "% on " + names + " together", discount, bundle.percentOff(), null,
                Map.of("skus", bundle.skus(), "sets", sets));
    }

    private static int quantity(Cart cart, String sku) {
        long sum = cart.lines().stream().filter(l -> l.sku().equals(sku)).mapToLong(CartLine::quantity).sum();
        return (int) Math.min(sum, Integer.MAX_VALUE);
    }

    private static CartLine firstLine(Cart cart, String sku) {
        return cart.lines().stream().filter(l -> l.sku().equals(sku)).findFirst().orElseThrow();
    }

    private static String name(Cart cart, String sku, ProductCatalog catalog) {
        String name = firstLine(cart, sku).name();
        if (name != null && !name.isBlank()) {
            return name;
        }
        return catalog.find(sku).map(Product::name).orElse(sku);
    }
}
