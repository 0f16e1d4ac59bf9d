package dev.salescycle.testplugins.faulthuge;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Recommendation;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/** Answers a million recommendations and a million offers (built once, shared by all calls). */
@Extension
public class HugeAnswers implements ConversionOffer, Upsell {

    private static final int SIZE = 1_000_000;
    private static final List<Recommendation> RECOMMENDATIONS = recommendations();
    private static final List<Offer> OFFERS = offers();

    private static List<Recommendation> recommendations() {
        List<Recommendation> out = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            out.add(new Recommendation("huge-" + i, "Huge " + i, null, SIZE - i, "", null));
        }
        return List.copyOf(out);
    }

    private static List<Offer> offers() {
        Offer offer = new Offer("huge", OfferType.COUPON, "Huge", "one of a million", null, null, "HUGE", null);
        List<Offer> out = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            out.add(offer);
        }
        return List.copyOf(out);
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return OFFERS;
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return RECOMMENDATIONS;
    }
}
