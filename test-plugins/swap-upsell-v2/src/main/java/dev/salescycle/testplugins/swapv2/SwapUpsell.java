package dev.salescycle.testplugins.swapv2;

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
 * Version 2: an offer and recommendations that all name version 2, so that an answer mixing two versions
 * shows. Builds its texts in a per-thread buffer, as plugins that avoid allocation do.
 */
@Extension
public class SwapUpsell implements Upsell, ConversionOffer {

    private static final ThreadLocal<StringBuilder> TEXT = ThreadLocal.withInitial(StringBuilder::new);

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return List.of(new Offer("v2-offer", OfferType.NUDGE, "Version 2", text("offer"), null, null, null, null));
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of(recommendation("v2-a"), recommendation("v2-b"), recommendation("v2-c"));
    }

    private static Recommendation recommendation(String sku) {
        return new Recommendation(sku, "Item " + sku, null, 2, text(sku), Map.of("version", 2));
    }

    private static String text(String what) {
        StringBuilder text = TEXT.get();
        text.setLength(0);
        return text.append(what).append(" from version 2").toString();
    }
}
