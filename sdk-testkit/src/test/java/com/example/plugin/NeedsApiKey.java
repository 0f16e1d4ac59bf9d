package com.example.plugin;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.util.List;

/** Declares a required setting without a default. */
public class NeedsApiKey implements Upsell {

    @Override
    public List<SettingSpec> settingSpecs() {
        return List.of(SettingSpec.of("apiKey", SettingType.STRING, null, "The recommender service key.").asRequired());
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of();
    }
}
