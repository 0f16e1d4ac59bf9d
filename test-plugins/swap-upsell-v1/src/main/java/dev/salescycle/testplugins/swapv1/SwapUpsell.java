package dev.salescycle.testplugins.swapv1;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Version 1: an offer and recommendations that all name version 1, so that an answer mixing two versions
 * shows. Builds its texts in a per-thread buffer, as plugins that avoid allocation do.
 */
@Extension
public class SwapUpsell implements Upsell, ConversionOffer {

    private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(StringBuilder::new);

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return List.of(new Offer("v1-offer", OfferType.NUDGE, "Version 1", text("offer"), null, null, null, null));
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of(recommendation("v1-a"), recommendation("v1-b"));
    }

    private static Recommendation recommendation(String sku) {
        return new Recommendation(sku, "Item " + sku, null, 1, text(sku), Map.of("version", 1));
    }

    private static String text(String what) {
        StringBuilder text = TEXT.get();
        text.setLength(0);
        return text.append(what).append(" from version 1").toString();
    }
}
