package dev.salescycle.host.service;

import dev.salescycle.host.experiments.live.ExperimentRecorder;
import dev.salescycle.host.experiments.live.UnitKeys;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.attribution.Credit;
import dev.salescycle.host.attribution.Ignored;
import dev.salescycle.host.attribution.LastTouch;
import dev.salescycle.host.attribution.RefCodec;
import dev.salescycle.host.attribution.RefReading;
import dev.salescycle.host.attribution.Touch;
import dev.salescycle.host.attribution.TouchKind;
import dev.salescycle.host.attribution.Windows;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.store.FunnelEventType;
import dev.salescycle.host.store.MailTouch;
import dev.salescycle.host.store.OrderCredit;
import dev.salescycle.host.store.Store;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out attribution references and reads them back: signs what a cart answer and a thank-you page offer,
 * notes recommended items added to carts, records clicks and opens of retention mails, and credits an order's
 * lines to the plugins whose touches led to it, last touch per line within the shop's windows. A reference that
 * is malformed, forged, of another shop, past its window or misplaced is ignored and counted (a funnel count and
 * the metric {@code salescycle_attribution_refs_ignored_total}), never refused.
 */
public final class AttributionService {

    private static final Logger LOG = LoggerFactory.getLogger(AttributionService.class);
    /** The most references an order names beside its lines; more are ignored as malformed. */
    public static final int MAX_ORDER_REFS = 20;

    private final RunningShops shops;
    private final Store store;
    private final FunnelRecorder funnel;
    private final RefCodec codec;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Map<String, Counter> ignoredCounters = new ConcurrentHashMap<>();
    private final ExperimentRecorder actions;

    public AttributionService(RunningShops shops, Store store, FunnelRecorder funnel, RefCodec codec, MeterRegistry metrics,
                              Clock clock) {
        this(shops, store, funnel, codec, metrics, clock, null);
    }

    /** @param actions records, for experiments' click rate, the units that acted on a stage's touch; null for none */
    public AttributionService(RunningShops shops, Store store, FunnelRecorder funnel, RefCodec codec, MeterRegistry metrics,
                              Clock clock, ExperimentRecorder actions) {
        this.actions = actions;
        this.shops = shops;
        this.store = store;
        this.funnel = funnel;
        this.codec = codec;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A reference for something handed out now; bound to the visitor when there is one. */
    public String sign(String shopId, HookKind stage, String plugin, String item, String visitorId) {
        return codec.sign(shopId, stage, plugin, item == null ? "" : item, visitorId, clock.instant());
    }

    /** A reference for a thank-you block: dated at the order, bound to nobody (a referral is used by a friend). */
    public String signBlock(String shopId, String plugin, String item, Instant at) {
        return codec.sign(shopId, HookKind.THANK_YOU_PAGE, plugin, item == null ? "" : item, null, at);
    }

    /** Notes the references on a cart's lines: a valid recommendation's counts as the item added. */
    public void cartLines(String shopId, String visitorId, List<CartLine> lines, List<String> refs) {
        Windows windows = windows(shopId);
        Instant now = clock.instant();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            if (ref == null) {
                continue;
            }
            Touch touch = lineTouch(shopId, visitorId, ref, lines.get(i), windows, now);
            if (touch != null && touch.kind() == TouchKind.LINE) {
                acted(shopId, visitorId, null, touch);
                funnel.record(shopId, FunnelEventType.RECOMMENDATION_ADDED, ref.substring(Math.max(0, ref.length() - 22)),
                        touch.plugin());
            }
        }
    }

    /**
     * What each touch of the order earned, to be stored with it.
     *
     * @param lineRefs for each line, the reference sent on it, or null
     * @param orderRefs the references the order names beside its lines
     */
    public List<OrderCredit> credit(String shopId, Order order, String visitorId, List<String> lineRefs,
                                    List<String> orderRefs) {
        Windows windows = windows(shopId);
        Instant now = order.placedAt();
        List<Touch> lineTouches = new ArrayList<>(order.lines().size());
        for (int i = 0; i < order.lines().size(); i++) {
            String ref = i < lineRefs.size() ? lineRefs.get(i) : null;
            lineTouches.add(ref == null ? null : lineTouch(shopId, visitorId, ref, order.lines().get(i), windows, now));
        }
        List<Touch> orderTouches = new ArrayList<>();
        for (String ref : orderRefs) {
            Touch touch = valid(shopId, visitorId, ref, windows, now);
            if (touch != null && touch.kind() == TouchKind.LINE
                    && order.lines().stream().noneMatch(l -> l.sku().equals(touch.item()))) {
                ignore(shopId, Ignored.MISPLACED);
            } else if (touch != null) {
                orderTouches.add(touch);
                acted(shopId, visitorId, order.customerEmail(), touch);
            }
        }
        orderTouches.addAll(mailTouches(shopId, order, windows, now));
        List<OrderCredit> credits = new ArrayList<>();
        for (Credit c : LastTouch.credit(order.lines(), lineTouches, orderTouches)) {
            Touch t = c.touch();
            credits.add(new OrderCredit(t.plugin(), t.stage().label(), t.kind().label(), t.item(), t.at(),
                    c.revenue(), c.lines()));
        }
        return credits;
    }

    /** Tells experiments that the visitor (and the customer, if known) acted on a touch of its stage. */
    private void acted(String shopId, String visitorId, String email, Touch touch) {
        if (actions != null) {
            actions.acted(shopId, visitorId, touch.stage().label());
            actions.acted(shopId, UnitKeys.customer(email), touch.stage().label());
        }
    }

    /** Records a followed link or an opened pixel of a retention mail; a store failure is logged, not thrown. */
    public void mailTouched(String shopId, long messageId, String pluginId, boolean click) {
        try {
            store.recordMailTouch(shopId, messageId, pluginId, click, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not record the {} of message {} in shop {}: {}", click ? "click" : "open", messageId,
                    shopId, e.getMessage());
        }
    }

    private List<Touch> mailTouches(String shopId, Order order, Windows windows, Instant now) {
        if (order.customerEmail() == null || order.customerEmail().isBlank()) {
            return List.of();
        }
        List<Touch> out = new ArrayList<>();
        for (MailTouch m : store.mailTouches(shopId, order.customerEmail(),
                now.minus(shops.require(shopId).config().attribution().longest()), now)) {
            Touch touch = new Touch(HookKind.RETENTION_OFFER, m.pluginId(), m.messageKey(),
                    m.click() ? TouchKind.MAIL_CLICK : TouchKind.MAIL_OPEN, m.at());
            if (windows.allows(touch, now)) {
                out.add(touch);
            }
        }
        return out;
    }

    /** The touch a line's reference records, or null (counted) when it does not count for this line. */
    private Touch lineTouch(String shopId, String visitorId, String ref, CartLine line, Windows windows, Instant now) {
        Touch touch = valid(shopId, visitorId, ref, windows, now);
        if (touch != null && touch.kind() == TouchKind.LINE && !touch.item().equals(line.sku())) {
            ignore(shopId, Ignored.MISPLACED);
            return null;
        }
        return touch;
    }

    private Touch valid(String shopId, String visitorId, String ref, Windows windows, Instant now) {
        RefReading reading = codec.read(ref, shopId, visitorId);
        if (!reading.isValid()) {
            ignore(shopId, reading.ignored());
            return null;
        }
        if (!windows.allows(reading.touch(), now)) {
            ignore(shopId, Ignored.EXPIRED);
            return null;
        }
        return reading.touch();
    }

    private void ignore(String shopId, Ignored why) {
        funnel.count(shopId, FunnelEventType.valueOf("REF_" + why.name()), null, 1);
        ignoredCounters.computeIfAbsent(shopId + '\n' + why.label(), k -> Counter
                .builder("salescycle_attribution_refs_ignored").description("Attribution references sent back and"
                        + " ignored: malformed, forged, other_shop, expired or misplaced")
                .tags("shop", shopId, "reason", why.label()).register(metrics)).increment();
    }

    private Windows windows(String shopId) {
        return new Windows(shops.require(shopId).config().attribution());
    }
}
