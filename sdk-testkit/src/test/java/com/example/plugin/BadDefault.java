package com.example.plugin;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.util.List;

/** Declares a default that fails its own spec. */
public class BadDefault implements Upsell {

    @Override
    public List<SettingSpec> settingSpecs() {
        return List.of(SettingSpec.of("maxItems", SettingType.INTEGER, "lots", "How many items.").range(1, 50));
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of();
    }
}
