package dev.salescycle.testplugins.faultrandom;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.pf4j.Extension;

/** Throws on a share of calls given by the setting {@code failureRate} (0..1). */
@Extension
public class RandomFailures implements ConversionOffer, Upsell {

    @Override
    public List<SettingSpec> settingSpecs() {
        return List.of(SettingSpec.of("failureRate", SettingType.DECIMAL, "0.3", "Share of calls that throw").range(0, 1));
    }

    private static void maybeFail(PluginContext context) {
        if (ThreadLocalRandom.current().nextDouble() < context.settings().decimal("failureRate").doubleValue()) {
            throw new IllegalStateException("fault-random: unlucky call");
        }
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        maybeFail(context);
        return List.of(new Offer("random-ok", OfferType.COUPON, "Lucky", "", null, null, "LUCKY", null));
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        maybeFail(context);
        return List.of();
    }
}
