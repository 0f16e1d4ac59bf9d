package dev.salescycle.plugins.copurchase.shop;

import dev.salescycle.plugins.copurchase.model.CoPurchaseModel;
import dev.salescycle.plugins.copurchase.model.ModelBuilder;
import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Order;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The co-purchase model of one shop. Reads never wait; orders are added one writer at a time; a
 * rebuild learns a new model off to the side and swaps it in, keeping the orders placed meanwhile.
 */
public final class ShopModel {

    private final ReentrantLock rebuilding = new ReentrantLock();
    private final Object writes = new Object();
    private volatile LeftRight<CoPurchaseModel> model =
            new LeftRight<>(CoPurchaseModel.empty(), CoPurchaseModel.empty());
    private RebuildLog rebuild;

    /** Runs the reader on a consistent model; it must not modify the model. */
    public <R> R read(Function<CoPurchaseModel, R> reader) {
        return model.read(reader);
    }

    /** Adds one order; visible to every read that starts after this returns. */
    public void add(Order order) {
        synchronized (writes) {
            if (rebuild != null) {
                rebuild.placed(order);
            }
            model.write(m -> m.addOrder(order.lines()));
        }
    }

    /** Learns the model anew from the whole history; reads go on meanwhile on the previous model. */
    public void rebuild(OrderHistory history) {
        rebuilding.lock();
        try {
            RebuildLog log = new RebuildLog();
            synchronized (writes) {
                rebuild = log;
            }
            try {
                CoPurchaseModel built = ModelBuilder.learn(history, log::streamed);
                synchronized (writes) {
                    log.replayInto(built);
                    model = new LeftRight<>(built, built.copy());
                }
            } finally {
                synchronized (writes) {
                    rebuild = null;
                }
            }
        } finally {
            rebuilding.unlock();
        }
    }
}
