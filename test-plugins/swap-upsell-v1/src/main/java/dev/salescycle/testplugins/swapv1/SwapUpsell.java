package dev.salescycle.testplugins.swapv1;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** Version 1: always recommends v1-item. */
@Extension
public class SwapUpsell implements Upsell {

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of(new Recommendation("v1-item", "Version 1 item", null, 1, "from version 1", Map.of("version", 1)));
    }
}
