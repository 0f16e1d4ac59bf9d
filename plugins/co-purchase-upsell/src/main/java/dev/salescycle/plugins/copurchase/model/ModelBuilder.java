package dev.salescycle.plugins.copurchase.model;

import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.model.Order;
import java.util.function.Consumer;

/** Learns a model from a shop's whole order history in one pass, then counts neighbours in bulk. */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    /**
     * Streams every order of the history into a new model.
     *
     * @param history the shop's orders, oldest first
     * @param onEach told of each streamed order before it is learned
     */
    public static CoPurchaseModel learn(OrderHistory history, Consumer<Order> onEach) {
        CoPurchaseModel model = CoPurchaseModel.empty();
        history.forEach(order -> {
            onEach.accept(order);
            model.append(order.lines());
        });
        model.recount();
        return model;
    }
}
