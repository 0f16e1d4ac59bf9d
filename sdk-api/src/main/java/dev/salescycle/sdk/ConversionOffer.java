package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import java.util.List;

/**
 * Stage 2, conversion: offers that raise demand or lower the barrier to buying this cart
 * (first-order discount, free-shipping nudge, bundle deal).
 *
 * <p>Offers of all enabled plugins are shown in the shop's configured order.
 *
 * @since 1.0.0
 */
public interface ConversionOffer extends SalesCycleHook {

    /** Offers for the cart; an empty list when nothing applies. */
    List<Offer> offers(Cart cart, PluginContext context);
}
