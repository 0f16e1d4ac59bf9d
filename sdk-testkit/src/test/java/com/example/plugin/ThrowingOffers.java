package com.example.plugin;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import java.util.List;

/** Throws on every cart. */
public class ThrowingOffers implements ConversionOffer {

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        throw new IllegalStateException("no offers today");
    }
}
