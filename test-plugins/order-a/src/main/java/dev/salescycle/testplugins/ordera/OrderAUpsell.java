package dev.salescycle.testplugins.ordera;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/** Recommends item order-a, and runs before plugin order-b. */
@Extension
public class OrderAUpsell implements Upsell {

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of(new Recommendation("order-a", "Item of order-a", null, 1, "", Map.of()));
    }

    @Override
    public Set<String> runsBefore() {
        return Set.of("order-b");
    }
}
