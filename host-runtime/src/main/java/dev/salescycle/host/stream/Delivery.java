package dev.salescycle.host.stream;

import dev.salescycle.host.context.ContextUpTo;
import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.HookCallbacks;
import dev.salescycle.host.store.OrderStreamStore;
import dev.salescycle.host.store.StreamedOrder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the stream's callbacks on each plugin's own lifecycle queue, so a slow or failing plugin holds up only
 * itself, and records how far each hook got once its callbacks ran (or failed).
 */
final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final HookCallbacks callbacks;
    private final OrderStreamStore store;

    Delivery(HookCallbacks callbacks, OrderStreamStore store) {
        this.callbacks = callbacks;
        this.store = store;
    }

    /** {@code shopStarted} with the orders up to the position. */
    void start(Subscriber s, long position) {
        BoundHook bound = s.bound();
        callbacks.enqueue(bound, "shopStarted", hook -> {
            try {
                hook.shopStarted(ContextUpTo.of(bound.context(), store, position));
            } finally {
                s.learnedUpTo(position);
            }
        });
    }

    /** {@code orderRecorded} for each order of the batch, which ends at {@code upTo}. */
    void orders(Subscriber s, List<StreamedOrder> batch, long upTo) {
        BoundHook bound = s.bound();
        callbacks.enqueue(bound, "orderRecorded", hook -> {
            int failed = 0;
            RuntimeException first = null;
            try {
                for (StreamedOrder o : batch) {
                    try {
                        hook.orderRecorded(o.order(), bound.context());
                    } catch (RuntimeException e) {
                        failed++;
                        first = first == null ? e : first;
                    }
                }
            } finally {
                s.learnedUpTo(upTo);
            }
            if (first != null) {
                LOG.warn("Plugin {} failed in orderRecorded for {} of {} orders of shop {}: {}", bound.pluginId(), failed,
                        batch.size(), bound.context().shopId(), first.toString());
            }
        });
    }

    /** Records, in the hook's queue, that it has learned all it will up to the position. */
    void mark(Subscriber s, long position) {
        callbacks.enqueue(s.bound(), "stream", hook -> s.learnedUpTo(position));
    }
}
