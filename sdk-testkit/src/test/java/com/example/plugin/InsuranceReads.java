package com.example.plugin;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import java.math.BigDecimal;
import java.util.List;

/** Declares no setting but reads {@code price}, which another hook of its plugin declares. */
public class InsuranceReads implements ConversionOffer {

    @Override
    public List<Offer> offers(Cart cart, PluginContext context) {
        return List.of(Offer.addOn("insurance", "Transport insurance", null,
                context.settings().money("price").times(BigDecimal.valueOf(2))));
    }
}
