package dev.salescycle.bench.copurchase;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.testkit.TestPluginContext;
import java.util.Map;

/** Plugin contexts with settings validated as the host does and any order history. */
final class Contexts {

    private Contexts() {
    }

    static TestPluginContext of(SalesCycleHook hook, OrderHistory history, Map<String, ?> settings) {
        TestPluginContext.Builder builder = TestPluginContext.forHook(hook).shop("bench-shop", "EUR")
                .pluginId("co-purchase-upsell");
        settings.forEach(builder::setting);
        TestPluginContext base = builder.build();
        return new TestPluginContext(base.shopId(), base.pluginId(), base.currency(), base.settings(), base.clock(),
                base.products(), history, base.state());
    }
}
