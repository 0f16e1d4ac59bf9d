package dev.salescycle.host.stream;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.model.Order;
import java.util.concurrent.atomic.AtomicLong;

/** One hook of a shop following the stream, and the position up to which its callbacks have run. */
final class Subscriber {

    private final AtomicLong learned;
    private final boolean followsOrders;
    private volatile BoundHook bound;

    Subscriber(BoundHook bound) {
        this(bound, new AtomicLong(-1));
    }

    private Subscriber(BoundHook bound, AtomicLong learned) {
        this.bound = bound;
        this.learned = learned;
        this.followsOrders = overridesOrderRecorded(bound.hook());
    }

    /** The same hook in a new snapshot of the shop: its learning goes on. */
    Subscriber rebound(BoundHook next) {
        this.bound = next;
        return this;
    }

    BoundHook bound() {
        return bound;
    }

    /** Whether the hook learns orders one by one; if not, it relearns imports in {@code shopStarted}. */
    boolean followsOrders() {
        return followsOrders;
    }

    /** The position up to which the hook's callbacks have run; -1 before its first {@code shopStarted}. */
    long learned() {
        return learned.get();
    }

    void learnedUpTo(long position) {
        learned.accumulateAndGet(position, Math::max);
    }

    static boolean overridesOrderRecorded(SalesCycleHook hook) {
        try {
            return hook.getClass().getMethod("orderRecorded", Order.class, PluginContext.class).getDeclaringClass()
                    != SalesCycleHook.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
