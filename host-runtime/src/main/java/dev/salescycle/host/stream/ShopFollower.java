package dev.salescycle.host.stream;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.store.OrderStreamStore;
import dev.salescycle.host.store.StreamedOrder;
import dev.salescycle.sdk.SalesCycleHook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Follows one shop's order stream on this host. It holds the position P up to which it has handed orders to the
 * plugins' queues; a hook that (re)starts gets {@code shopStarted} with the orders up to P, then the orders after
 * P one by one, in the same queue, so it learns each order once. All store reads happen on the follower's thread.
 */
final class ShopFollower {

    /** Orders read and handed on per round trip. */
    static final int BATCH = 500;

    private final String shopId;
    private final OrderStreamStore store;
    private final Delivery delivery;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Subscriber> starting = new ArrayList<>();
    private volatile Map<SalesCycleHook, Subscriber> subscribers = Map.of();
    private volatile long position = -1;
    private boolean relearnImports;

    ShopFollower(String shopId, OrderStreamStore store, Delivery delivery) {
        this.shopId = shopId;
        this.store = store;
        this.delivery = delivery;
    }

    /** Takes a new snapshot of the shop; the fresh hooks start at the position of the next catch-up. */
    void attach(ShopRuntime shop, List<BoundHook> fresh) {
        Set<SalesCycleHook> restart = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.forEach(h -> restart.add(h.hook()));
        lock.lock();
        try {
            Map<SalesCycleHook, Subscriber> next = new IdentityHashMap<>();
            shop.distinctHooks().forEach((hook, bound) -> {
                Subscriber known = subscribers.get(hook);
                Subscriber s = known == null || restart.contains(hook) ? new Subscriber(bound) : known.rebound(bound);
                if (s != known) {
                    starting.add(s);
                }
                next.put(hook, s);
            });
            subscribers = next;
            starting.removeIf(s -> next.get(s.bound().hook()) != s);
        } finally {
            lock.unlock();
        }
    }

    /** Starts the hooks waiting to start, then hands on every order committed since the last catch-up. */
    void catchUp() {
        lock.lock();
        try {
            store.positionNewOrders(shopId);
            if (position < 0) {
                position = store.streamHead(shopId);
            }
            starting.forEach(s -> delivery.start(s, position));
            starting.clear();
            long head = store.streamHead(shopId);
            boolean moved = position < head;
            while (position < head) {
                long upTo = Math.min(head, position + BATCH);
                List<StreamedOrder> batch = store.streamRange(shopId, position, upTo);
                subscribers.values().stream().filter(Subscriber::followsOrders).forEach(s -> delivery.orders(s, batch, upTo));
                relearnImports |= batch.stream().anyMatch(StreamedOrder::imported);
                position = upTo;
            }
            if (moved || relearnImports) {
                finishOthers();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Hooks that do not follow orders relearn once after imports, and have otherwise learned all they will. */
    private void finishOthers() {
        for (Subscriber s : subscribers.values()) {
            if (!s.followsOrders()) {
                if (relearnImports) {
                    delivery.start(s, position);
                } else {
                    delivery.mark(s, position);
                }
            }
        }
        relearnImports = false;
    }

    /**
     * The position up to which every hook of the shop on this host has learned: the lowest of its hooks; 0 while
     * one has not started yet.
     */
    long learned() {
        long lowest = Math.max(position, 0);
        for (Subscriber s : subscribers.values()) {
            lowest = Math.min(lowest, Math.max(s.learned(), 0));
        }
        return lowest;
    }
}
