package ${package};

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.Extension;

/**
 * Recommends the shop's best sellers that are not in the cart yet.
 *
 * <p>The host keeps one instance for every shop that enables the plugin, so the counts are kept per shop.
 * They are learned from the order history in {@code shopStarted} (off the request path) and kept current in
 * {@code orderRecorded} (every order stored after what {@code shopStarted} read, on every host); a hook call only reads them, well within its time budget.
 */
@Extension
public class BestSellerUpsell implements Upsell {

    static final SettingSpec MAX_ITEMS = SettingSpec.of("maxItems", SettingType.INTEGER, "3",
            "How many best sellers to recommend at most.").range(1, 20);
    static final SettingSpec REASON = SettingSpec.of("reason", SettingType.STRING, "Popular in our shop",
            "The sentence shown with each recommendation.");

    private final Map<String, SkuCounts> shops = new ConcurrentHashMap<>();

    @Override
    public List<SettingSpec> settingSpecs() {
        return List.of(MAX_ITEMS, REASON);
    }

    @Override
    public void shopStarted(PluginContext context) {
        SkuCounts counts = new SkuCounts();
        context.orders().forEach(counts::add);
        shops.put(context.shopId(), counts);
    }

    @Override
    public void orderRecorded(Order order, PluginContext context) {
        shops.computeIfAbsent(context.shopId(), id -> new SkuCounts()).add(order);
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        SkuCounts counts = shops.get(context.shopId());
        if (counts == null) {
            return List.of();
        }
        String reason = context.settings().string(REASON.name()).orElse("");
        return counts.top(context.settings().integer(MAX_ITEMS.name()), cart::contains).stream()
                .map(top -> new Recommendation(top.getKey(), null, null, top.getValue(), reason,
                        Map.of("orders", top.getValue())))
                .toList();
    }
}
