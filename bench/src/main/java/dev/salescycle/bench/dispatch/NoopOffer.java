package dev.salescycle.bench.dispatch;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import java.util.List;
import org.pf4j.Extension;

/** A hook that does nothing: what is left to measure is the cost of calling it. Packed into plugin jars. */
@Extension
public final class NoopOffer implements ConversionOffer {

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return List.of();
    }
}
