package com.example.plugin;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.util.List;

/** Declares the plugin's {@code price} setting and offers gift wrapping at that price. */
public class WrapDeclares implements ConversionOffer {

    @Override
    public List<SettingSpec> settingSpecs() {
        return List.of(SettingSpec.of("price", SettingType.MONEY, "2.50", "Price of gift wrapping."));
    }

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return List.of(Offer.addOn("gift-wrap", "Gift wrapping", null, context.settings().money("price")));
    }
}
