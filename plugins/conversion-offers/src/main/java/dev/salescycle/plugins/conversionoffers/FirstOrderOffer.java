package dev.salescycle.plugins.conversionoffers;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** A discount on the first order of a shopper the shop does not know (or who gave no e-mail yet). */
final class FirstOrderOffer {

    private FirstOrderOffer() {
    }

    static Optional<Offer> offer(Cart cart, OfferSettings settings, OrderHistory orders) {
        int percent = settings.firstOrderDiscountPercent();
        Money subtotal = cart.subtotal();
        if (percent == 0 || subtotal.amount().signum() == 0 || hasOrdered(cart.customerEmail(), orders)) {
            return Optional.empty();
        }
        BigDecimal percentOff = BigDecimal.valueOf(percent);
        String coupon = settings.firstOrderCoupon();
        String message = percent + "% off your first order" + (coupon == null ? "" : " with code " + coupon);
        return Optional.of(new Offer("first-order-" + percent, OfferType.DISCOUNT, "Welcome discount", message,
                Amounts.percentOf(subtotal, percentOff), percentOff, coupon, Map.of()));
    }

    private static boolean hasOrdered(String email, OrderHistory orders) {
        return email != null && !email.isBlank()
                && orders.customer(email.trim()).map(c -> c.orderCount() > 0).orElse(false);
    }
}
