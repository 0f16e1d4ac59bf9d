package com.example.plugin;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;

/** Fails to learn at start. */
public class BrokenStart implements Upsell {

    @Override
    public void shopStarted(PluginContext context) {
        throw new IllegalStateException("cannot learn");
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of();
    }
}
