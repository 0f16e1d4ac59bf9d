package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.experiments.live.ExperimentRecorder;
import dev.salescycle.host.experiments.live.StageHooks;
import dev.salescycle.host.domain.InvalidInputException;
import dev.salescycle.host.domain.NotFoundException;
import dev.salescycle.host.domain.StateConflictException;
import dev.salescycle.host.store.MessageRecord;
import java.util.List;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.HookCallbacks;
import dev.salescycle.host.dispatch.OrderSink;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.host.store.IdempotentResponse;
import dev.salescycle.host.store.NewMessage;
import dev.salescycle.host.store.OrderPlacement;
import dev.salescycle.host.store.PlaceResult;
import dev.salescycle.host.store.OrderStore;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import java.util.Optional;
import java.util.ArrayList;
import dev.salescycle.host.dispatch.Attributed;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.host.dispatch.Pending;

/**
 * Stages 4 and 5: places an order exactly once. The thank-you and retention plugins run first; then the
 * order, its blocks, its messages and the answer are committed in one transaction, and only then answered.
 * The same idempotency key (or order id) again returns the first answer and changes nothing; the same key
 * with a different body is a 409.
 */
public final class OrderService {

    private final RunningShops shops;
    private final Dispatcher dispatcher;
    private final OrderStore store;
    private final HookCallbacks callbacks;
    private final OrderRenderer renderer;
    private final FunnelRecorder funnel;
    private final AttributionService attribution;
    private final ExperimentRecorder experiments;

    /**
     * What a storefront sends back with an order for attribution.
     *
     * @param visitorId the storefront's visitor id, or null
     * @param lineRefs for each line, the attribution reference sent on it, or null
     * @param refs the references the order names beside its lines (an offer used, a thank-you block)
     */
    public record Refs(String visitorId, List<String> lineRefs, List<String> refs) {

        public static final Refs NONE = new Refs(null, List.of(), List.of());
    }

    /** @param experiments records orders and exposures for experiments; null to record none */
    public OrderService(RunningShops shops, Dispatcher dispatcher, OrderStore store, HookCallbacks callbacks,
                        OrderRenderer renderer, FunnelRecorder funnel, AttributionService attribution,
                        ExperimentRecorder experiments) {
        this.experiments = experiments;
        this.shops = shops;
        this.dispatcher = dispatcher;
        this.store = store;
        this.callbacks = callbacks;
        this.renderer = renderer;
        this.funnel = funnel;
        this.attribution = attribution;
    }

    /**
     * Places the order.
     *
     * @param refs the visitor and the attribution references sent with the order
     * @param key the Idempotency-Key header, or null (then the order id is the key)
     * @param requestHash a digest of the request body, to tell a repeat from a conflicting reuse of a key
     * @param consent the customer's marketing consent as given with the order, or null when not given
     */
    public Pending<StoredAnswer> place(String shopId, Order order, Refs refs, String key, String requestHash,
                                       Boolean consent) {
        ShopRuntime shop = shops.require(shopId);
        if (!order.currency().equals(shop.config().currency())) {
            throw InvalidInputException.field("currency", "expected " + shop.config().currency()
                    + " (the shop's currency), got " + order.currency());
        }
        Optional<StoredAnswer> earlier = earlierAnswer(shopId, order.orderId(), key, requestHash);
        if (earlier.isPresent()) {
            return Pending.done(earlier.get());
        }
        Customer customer = customerAfter(shopId, order, consent);
        OrderSink sink = new OrderSink();
        String visitorId = refs.visitorId();
        StageHooks thanks = StageHooks.pick(shop, HookKind.THANK_YOU_PAGE, visitorId, order.customerEmail(), experiments);
        StageHooks retention = StageHooks.pick(shop, HookKind.RETENTION_OFFER, visitorId, order.customerEmail(), experiments);
        List<BoundHook> hooks = new ArrayList<>(thanks.hooks());
        hooks.addAll(retention.hooks());
        return dispatcher.prepare(hooks, bound ->
                        bound.kind() == HookKind.THANK_YOU_PAGE
                                ? ((ThankYouPage) bound.hook()).blocks(order, customer, bound.context())
                                : ((RetentionOffer) bound.hook()).schedule(order, customer, bound.context()), sink,
                        shop.config().requestBudget())
                .then(done -> {
                    thanks.finished(sink.skipped(), experiments);
                    retention.finished(sink.skipped(), experiments);
                    return commit(shop, order, refs, key, requestHash, consent,
                            new PlacedOrder(order, sink.blocks(), sink.messages(), sink.skipped(),
                                    blockRefs(shopId, order, sink.blocks())));
                });
    }

    /** A reference for each thank-you block: its code when it has one (a coupon, a referral), else its type. */
    private List<String> blockRefs(String shopId, Order order, List<Attributed<PageBlock>> blocks) {
        List<String> refs = new ArrayList<>(blocks.size());
        for (Attributed<PageBlock> b : blocks) {
            String item = b.value().code() != null ? b.value().code() : b.value().type().name();
            refs.add(attribution.signBlock(shopId, b.plugin(), item, order.placedAt()));
        }
        return refs;
    }

    private StoredAnswer commit(ShopRuntime shop, Order order, Refs refs, String key, String requestHash,
                                Boolean consent, PlacedOrder placed) {
        String body = renderer.answer(placed);
        OrderPlacement placement = new OrderPlacement(order, refs.visitorId(), consent, key, requestHash, 201, body,
                renderer.blocks(placed.blocks(), placed.blockRefs()),
                placed.messages().stream().map(m -> new NewMessage(m.plugin(), m.value())).toList(),
                attribution.credit(shop.id(), order, refs.visitorId(), refs.lineRefs(), refs.refs()));
        PlaceResult result = store.placeOrder(shop.id(), placement);
        switch (result.outcome()) {
            case DUPLICATE -> {
                return answerFor(result.previous(), requestHash);
            }
            case ORDER_EXISTS -> throw new StateConflictException("order_exists",
                    "order '" + order.orderId() + "' already exists in this shop (imported)", "orderId");
            default -> { }
        }
        if (experiments != null) {
            experiments.ordered(shop.id(), order.orderId(), refs.visitorId(), order.customerEmail(),
                    order.total().amount(), order.placedAt());
        }
        callbacks.orderPlaced(shop, order);
        funnel.record(shop.id(), FunnelEventType.ORDER_PLACED, order.orderId(), null);
        return new StoredAnswer(201, body);
    }

    private Optional<StoredAnswer> earlierAnswer(String shopId, String orderId, String key, String requestHash) {
        Optional<IdempotentResponse> earlier = key != null ? store.findResponse(shopId, key) : Optional.empty();
        if (earlier.isEmpty()) {
            earlier = store.findOrderResponse(shopId, orderId);
        }
        return earlier.map(e -> answerFor(e, requestHash));
    }

    private static StoredAnswer answerFor(IdempotentResponse earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new StateConflictException("idempotency_conflict",
                    "this Idempotency-Key or orderId was already used for a different order", null);
        }
        return new StoredAnswer(earlier.status(), earlier.body());
    }

    /** The stored thank-you blocks of a live order, as JSON. */
    public String thankYou(String shopId, String orderId) {
        shops.require(shopId);
        return store.thankYouJson(shopId, orderId).orElseThrow(() -> unknownOrder(shopId, orderId));
    }

    /** The address of the order's customer, if the order has one (and it was not erased). */
    public Optional<String> customerEmail(String shopId, String orderId) {
        return store.customerEmailOf(shopId, orderId);
    }

    /** The retention messages of a live order and their state. */
    public List<MessageRecord> messages(String shopId, String orderId) {
        shops.require(shopId);
        List<MessageRecord> messages = store.messagesOfOrder(shopId, orderId);
        if (messages.isEmpty() && store.thankYouJson(shopId, orderId).isEmpty()) {
            throw unknownOrder(shopId, orderId);
        }
        return messages;
    }

    private static NotFoundException unknownOrder(String shopId, String orderId) {
        return new NotFoundException("unknown_order", "no order '" + orderId + "' in shop " + shopId, null);
    }

    private Customer customerAfter(String shopId, Order order, Boolean consent) {
        Optional<Customer> known = store.customer(shopId, order.customerEmail());
        String name = order.customerName() != null ? order.customerName() : known.map(Customer::name).orElse(null);
        boolean marketing = consent != null ? consent : known.map(Customer::marketingConsent).orElse(false);
        int count = known.map(Customer::orderCount).orElse(0) + 1;
        return new Customer(order.customerEmail().toLowerCase(java.util.Locale.ROOT), name, marketing, count,
                known.map(Customer::firstOrderAt).orElse(order.placedAt()), order.placedAt());
    }
}
