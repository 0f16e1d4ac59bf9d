package dev.salescycle.testplugins.orderb;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** Recommends item order-b. */
@Extension
public class OrderBUpsell implements Upsell {

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of(new Recommendation("order-b", "Item of order-b", null, 1, "", Map.of()));
    }
}
