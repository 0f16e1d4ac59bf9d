package dev.salescycle.testplugins.ordera;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import java.util.List;
import org.pf4j.Extension;

/** Offers offer order-a. */
@Extension
public class OrderAOffer implements ConversionOffer {

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return List.of(new Offer("order-a", OfferType.NUDGE, "Offer of order-a", "", null, null, null, null));
    }
}
