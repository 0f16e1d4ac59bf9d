package com.example.plugin;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;

/** Takes 200 ms on every call: four times the host's default budget. */
public class SlowUpsell implements Upsell {

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
