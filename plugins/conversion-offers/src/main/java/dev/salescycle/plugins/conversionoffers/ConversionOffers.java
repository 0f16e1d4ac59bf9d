package dev.salescycle.plugins.conversionoffers;

import dev.salescycle.plugins.support.ParsedSettings;
import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Offers for a cart, in this order: the first-order discount, bundle deals, then free shipping or the
 * nudge towards it. All amounts are in the cart's currency, at its scale.
 *
 * <p>An empty cart gets at most the nudge ("Add 50.00 EUR more for free shipping").
 */
@Extension
public final class ConversionOffers implements ConversionOffer {

    private final ParsedSettings<OfferSettings> settings = new ParsedSettings<>(OfferSettings::read);

    @Override
    public List<SettingSpec> settingSpecs() {
        return OfferSettings.specs();
    }

    @Override
    public void shopStarted(PluginContext context) {
        OfferSettings.read(context.settings());
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        OfferSettings settings = this.settings.get(context);
        List<Offer> offers = new ArrayList<>();
        FirstOrderOffer.offer(cart, settings, context.orders()).ifPresent(offers::add);
        offers.addAll(BundleOffer.offers(cart, settings.bundles(), context.products()));
        ShippingOffer.offer(cart, settings).ifPresent(offers::add);
        return offers;
    }
}
