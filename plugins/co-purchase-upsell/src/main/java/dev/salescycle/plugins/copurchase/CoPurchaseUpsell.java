package dev.salescycle.plugins.copurchase;

import dev.salescycle.plugins.copurchase.rules.Recommender;
import dev.salescycle.plugins.copurchase.rules.UpsellSettings;
import dev.salescycle.plugins.copurchase.shop.ShopModels;
import dev.salescycle.plugins.support.ParsedSettings;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.List;
import java.util.Objects;
import org.pf4j.Extension;

/**
 * Recommends items bought together with the cart, item-to-item in the Amazon style, with the exact
 * support, confidence and lift of each rule as evidence.
 *
 * <p>Each shop has its own model, learned from all its orders in {@link #shopStarted} and kept up to
 * date by {@link #orderRecorded}, which the host calls on every host for every order stored after what
 * {@code shopStarted} read, placed through any host or imported; recommending never waits for either.
 * See {@code docs/co-purchase.md}.
 *
 * @since 1.0.0
 */
@Extension
public final class CoPurchaseUpsell implements Upsell {

    private final ShopModels shops = new ShopModels();
    private final ParsedSettings<UpsellSettings> settings = new ParsedSettings<>(UpsellSettings::from);
    private final Recommender recommender = new Recommender();

    @Override
    public List<SettingSpec> settingSpecs() {
        return UpsellSettings.SPECS;
    }

    @Override
    public void shopStarted(PluginContext context) {
        shops.of(context.shopId()).rebuild(context.orders());
    }

    @Override
    public void orderRecorded(Order order, PluginContext context) {
        Objects.requireNonNull(order, "order");
        shops.of(context.shopId()).add(order);
    }

    @Override
    public List<Recommendation> recommend(Cart cart, PluginContext context) {
        Objects.requireNonNull(cart, "cart");
        UpsellSettings parsed = settings.get(context);
        return shops.find(context.shopId())
                .map(shop -> shop.read(model -> recommender.recommend(model, cart, parsed)))
                .orElse(List.of());
    }
}
