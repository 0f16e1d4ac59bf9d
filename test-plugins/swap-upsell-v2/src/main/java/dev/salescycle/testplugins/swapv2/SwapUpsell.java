package dev.salescycle.testplugins.swapv2;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** Version 2: always recommends v2-item. */
@Extension
public class SwapUpsell implements Upsell {

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of(new Recommendation("v2-item", "Version 2 item", null, 2, "from version 2", Map.of("version", 2)));
    }
}
