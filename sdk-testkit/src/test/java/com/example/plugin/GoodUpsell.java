package com.example.plugin;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.util.List;
import java.util.Map;

/** A well-behaved hook: recommends catalogue products not in the cart, up to a declared maximum. */
public class GoodUpsell implements Upsell {

    @Override
    public List<SettingSpec> settingSpecs() {
        return List.of(SettingSpec.of("maxItems", SettingType.INTEGER, "2", "How many items to recommend.").range(1, 10));
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        int max = context.settings().integer("maxItems");
        return context.products().all().stream().map(Product::sku).filter(sku -> !cart.contains(sku)).limit(max)
                .map(sku -> new Recommendation(sku, null, null, 1.0, "You may like it", Map.of())).toList();
    }
}
