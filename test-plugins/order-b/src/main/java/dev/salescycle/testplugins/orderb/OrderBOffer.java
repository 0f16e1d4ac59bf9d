package dev.salescycle.testplugins.orderb;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** Offers offer order-b, and runs after plugin order-a. */
@Extension
public class OrderBOffer implements ConversionOffer {

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return List.of(new Offer("order-b", OfferType.NUDGE, "Offer of order-b", "", null, null, null, null));
    }

    @Override
    public Set<String> runsAfter() {
        return Set.of("order-a");
    }
}
