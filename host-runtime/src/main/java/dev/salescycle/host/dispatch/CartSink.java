package dev.salescycle.host.dispatch;

import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.Recommendation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects offers and recommendations for a cart in plugin order: offers priced in another currency are
 * dropped; recommendations of items already in the cart or already recommended are dropped, names and
 * prices missing from a recommendation are filled from the catalogue, and the list is capped.
 */
public final class CartSink extends CollectingSink {

    static final int MAX_OFFERS_PER_PLUGIN = 20;
    static final int MAX_RECOMMENDATIONS_PER_PLUGIN = 100;

    private final Cart cart;
    private final ProductCatalog catalog;
    private final int maxRecommendations;
    private int upsellsLeft;
    private final List<Attributed<Offer>> offers = new ArrayList<>();
    private final List<Attributed<Recommendation>> recommendations = new ArrayList<>();
    /** The skus of the cart and of the recommendations so far; made on the first recommendation. */
    private Set<String> seenSkus;

    /**
     * @param upsells how many upsell hooks will answer; each gets an equal share of the recommendation slots
     *                still free when its turn comes, so that one plugin cannot crowd out the others
     */
    public CartSink(Cart cart, ProductCatalog catalog, int maxRecommendations, int upsells) {
        this.cart = cart;
        this.catalog = catalog;
        this.maxRecommendations = maxRecommendations;
        this.upsellsLeft = Math.max(1, upsells);
    }

    @Override
    public void failed(BoundHook hook, String reason) {
        super.failed(hook, reason);
        if (hook.kind() == HookKind.UPSELL) {
            upsellsLeft = Math.max(1, upsellsLeft - 1);
        }
    }

    @Override
    public Verdict returned(BoundHook hook, Object result) {
        if (hook.kind() == HookKind.CONVERSION_OFFER) {
            List<Offer> list = elements(hook, result, Offer.class, MAX_OFFERS_PER_PLUGIN);
            if (list == null) {
                return Verdict.BAD;
            }
            for (Offer offer : list) {
                if (sameCurrency(offer)) {
                    offers.add(new Attributed<>(hook.pluginId(), offer));
                }
            }
        } else {
            List<Recommendation> list = elements(hook, result, Recommendation.class, MAX_RECOMMENDATIONS_PER_PLUGIN);
            if (list == null) {
                return Verdict.BAD;
            }
            int share = Math.max(1, (maxRecommendations - recommendations.size()) / upsellsLeft);
            int limit = Math.min(maxRecommendations, recommendations.size() + share);
            upsellsLeft = Math.max(1, upsellsLeft - 1);
            for (Recommendation r : list) {
                if (recommendations.size() >= limit) {
                    break;
                }
                addRecommendation(hook.pluginId(), r);
            }
        }
        return Verdict.OK;
    }

    /** An offer whose discount or price is in another currency than the cart's would mislead the shopper. */
    private boolean sameCurrency(Offer offer) {
        return (offer.discount() == null || offer.discount().currency().equals(cart.currency()))
                && (offer.price() == null || offer.price().currency().equals(cart.currency()));
    }

    private void addRecommendation(String plugin, Recommendation r) {
        if (seenSkus == null) {
            seenSkus = new HashSet<>();
            cart.lines().forEach(line -> seenSkus.add(line.sku()));
        }
        if (!seenSkus.add(r.sku())) {
            return;
        }
        Product product = catalog.find(r.sku()).orElse(null);
        String name = r.name() != null ? r.name() : product == null ? null : product.name();
        Money price = r.price() != null ? r.price() : product == null ? null : product.price();
        recommendations.add(new Attributed<>(plugin, name == r.name() && price == r.price() ? r
                : new Recommendation(r.sku(), name, price, r.score(), r.reason(), r.evidence())));
    }

    public List<Attributed<Offer>> offers() {
        return offers;
    }

    public List<Attributed<Recommendation>> recommendations() {
        return recommendations;
    }
}
