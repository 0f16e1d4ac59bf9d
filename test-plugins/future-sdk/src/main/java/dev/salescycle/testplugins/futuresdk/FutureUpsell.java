package dev.salescycle.testplugins.futuresdk;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Recommendation;
import java.util.List;
import org.pf4j.Extension;

/** A plugin built for an SDK the host does not have; the host must refuse to load it. */
@Extension
public class FutureUpsell implements Upsell {

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        return List.of(new Recommendation("future", "Future", null, 1, "", null));
    }
}
