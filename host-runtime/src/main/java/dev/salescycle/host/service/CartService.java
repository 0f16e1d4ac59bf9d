package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.domain.InvalidInputException;
import dev.salescycle.host.dispatch.Attributed;
import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.CartSink;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.Skipped;
import dev.salescycle.host.context.StoreContextFactory;
import dev.salescycle.host.experiments.live.ExperimentRecorder;
import dev.salescycle.host.experiments.live.StageHooks;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.Recommendation;
import java.util.AbstractList;
import java.util.List;
import dev.salescycle.host.dispatch.Pending;

/** Stages 2 and 3: offers and recommendations for a cart from every enabled plugin, merged. */
public final class CartService {

    /** The host's cap on recommendations in one answer. */
    public static final int MAX_RECOMMENDATIONS = 12;

    /**
     * The answer for a cart.
     *
     * @param cart the cart
     * @param visitorId the storefront's visitor id, or null
     * @param offers offers in plugin order
     * @param recommendations recommendations in plugin order, deduplicated, without cart items
     * @param skipped plugins whose contribution is missing
     * @param offerRefs the attribution reference of each offer
     * @param recommendationRefs the attribution reference of each recommendation
     */
    public record Evaluation(Cart cart, String visitorId, List<Attributed<Offer>> offers,
                             List<Attributed<Recommendation>> recommendations, List<Skipped> skipped,
                             List<String> offerRefs, List<String> recommendationRefs) {
    }

    private final RunningShops shops;
    private final Dispatcher dispatcher;
    private final StoreContextFactory contexts;
    private final FunnelRecorder funnel;
    private final AttributionService attribution;
    private final ExperimentRecorder experiments;

    /** A cart service that records nothing for experiments (their variants still run when promoted). */
    public CartService(RunningShops shops, Dispatcher dispatcher, StoreContextFactory contexts, FunnelRecorder funnel,
                       AttributionService attribution) {
        this(shops, dispatcher, contexts, funnel, attribution, null);
    }

    /** @param experiments records exposures and guardrail counts of experiments; null to record none */
    public CartService(RunningShops shops, Dispatcher dispatcher, StoreContextFactory contexts, FunnelRecorder funnel,
                       AttributionService attribution, ExperimentRecorder experiments) {
        this.shops = shops;
        this.dispatcher = dispatcher;
        this.contexts = contexts;
        this.funnel = funnel;
        this.attribution = attribution;
        this.experiments = experiments;
    }

    /**
     * Evaluates a cart.
     *
     * @param visitorId the storefront's visitor id, or null: the session of attribution, and the unit of
     *     experiments by visitor
     */
    public Pending<Evaluation> evaluate(String shopId, Cart cart, String visitorId) {
        var shop = shops.require(shopId);
        if (!cart.currency().equals(shop.config().currency())) {
            throw InvalidInputException.field("currency", "expected " + shop.config().currency()
                    + " (the shop's currency), got " + cart.currency());
        }
        StageHooks offers = StageHooks.pick(shop, HookKind.CONVERSION_OFFER, visitorId, cart.customerEmail(), experiments);
        StageHooks upsells = StageHooks.pick(shop, HookKind.UPSELL, visitorId, cart.customerEmail(), experiments);
        CartSink sink = new CartSink(cart, contexts.catalog(shopId), MAX_RECOMMENDATIONS, upsells.hooks().size());
        List<BoundHook> hooks = new Both(offers.hooks(), upsells.hooks());
        return dispatcher.prepare(hooks, bound ->
                        bound.kind() == HookKind.CONVERSION_OFFER
                                ? ((ConversionOffer) bound.hook()).offers(cart, bound.context())
                                : ((Upsell) bound.hook()).recommend(cart, bound.context()), sink,
                        shop.config().requestBudget())
                .then(done -> {
                    offers.finished(sink.skipped(), experiments);
                    upsells.finished(sink.skipped(), experiments);
                    return counted(shopId, signed(shopId, visitorId, cart, sink));
                });
    }

    /** The answer with an attribution reference for each offer (its id) and recommendation (its sku). */
    private Evaluation signed(String shopId, String visitorId, Cart cart, CartSink sink) {
        List<Attributed<Offer>> offers = sink.offers();
        List<Attributed<Recommendation>> recommendations = sink.recommendations();
        String[] offerRefs = new String[offers.size()];
        for (int i = 0; i < offerRefs.length; i++) {
            Attributed<Offer> o = offers.get(i);
            offerRefs[i] = attribution.sign(shopId, HookKind.CONVERSION_OFFER, o.plugin(), o.value().id(), visitorId);
        }
        String[] recommendationRefs = new String[recommendations.size()];
        for (int i = 0; i < recommendationRefs.length; i++) {
            Attributed<Recommendation> r = recommendations.get(i);
            recommendationRefs[i] = attribution.sign(shopId, HookKind.UPSELL, r.plugin(), r.value().sku(), visitorId);
        }
        return new Evaluation(cart, visitorId, offers, recommendations, sink.skipped(), List.of(offerRefs),
                List.of(recommendationRefs));
    }

    private Evaluation counted(String shopId, Evaluation evaluation) {
        funnel.count(shopId, FunnelEventType.CART_EVALUATED, null, 1);
        countPerPlugin(shopId, FunnelEventType.OFFER_SHOWN, evaluation.offers());
        countPerPlugin(shopId, FunnelEventType.RECOMMENDATION_SHOWN, evaluation.recommendations());
        return evaluation;
    }

    /** Items come grouped by plugin, so each run of one plugin's items is counted at once. */
    private void countPerPlugin(String shopId, FunnelEventType type, List<? extends Attributed<?>> items) {
        int start = 0;
        for (int i = 1; i <= items.size(); i++) {
            if (i == items.size() || !items.get(i).plugin().equals(items.get(start).plugin())) {
                funnel.count(shopId, type, items.get(start).plugin(), i - start);
                start = i;
            }
        }
    }

    /**
     * The offer hooks, then the upsell hooks, as one list without copying them: both are immutable
     * snapshots, and copying them took a seventh of the dispatch work of a cart.
     */
    private static final class Both extends AbstractList<BoundHook> {
        private final List<BoundHook> first;
        private final List<BoundHook> second;

        Both(List<BoundHook> first, List<BoundHook> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public BoundHook get(int index) {
            return index < first.size() ? first.get(index) : second.get(index - first.size());
        }

        @Override
        public int size() {
            return first.size() + second.size();
        }
    }
}
