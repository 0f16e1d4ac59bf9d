package dev.salescycle.plugins.conversionoffers;

import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import java.util.Map;
import java.util.Optional;

/** Free shipping from a threshold, or a nudge saying how much is still missing. */
final class ShippingOffer {

    private ShippingOffer() {
    }

    static Optional<Offer> offer(Cart cart, OfferSettings settings) {
        if (!settings.freeShipping()) {
            return Optional.empty();
        }
        Money threshold = new Money(settings.freeShippingThreshold(), cart.currency());
        Money subtotal = cart.subtotal();
        Map<String, Object> details = Map.of("threshold", Amounts.plain(threshold));
        if (subtotal.compareTo(threshold) >= 0) {
            return cart.lines().isEmpty() ? Optional.empty() : Optional.of(new Offer("free-shipping",
                    OfferType.FREE_SHIPPING, "Free shipping", "Your order ships free", null, null, null, details));
        }
        Money missing = threshold.minus(subtotal);
        return Optional.of(new Offer("free-shipping-nudge", OfferType.NUDGE, "Almost free shipping",
                "Add " + Amounts.withCurrency(missing) + " more for free shipping", null, null, null,
                Map.of("threshold", Amounts.plain(threshold), "missing", Amounts.plain(missing))));
    }
}
