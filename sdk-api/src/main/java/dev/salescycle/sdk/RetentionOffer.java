package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.ScheduledMessage;
import java.util.List;

/**
 * Stage 5, keeping in touch: messages scheduled after an order (education, review request, win-back).
 *
 * <p>The host stores what {@link #schedule} returns, and when a message falls due asks
 * {@link #stillWanted} and then {@link #render} before it sends it. Marketing messages to customers
 * without marketing consent, or who unsubscribed, are never sent whatever the plugin says.
 *
 * @since 1.0.0
 */
public interface RetentionOffer extends SalesCycleHook {

    /** The messages to schedule for this order; due times are usually the order time plus an offset. */
    List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context);

    /**
     * Whether a due message should still go out; for example a win-back step is no longer wanted once
     * the customer ordered again after it was scheduled. Defaults to {@code true}.
     */
    default boolean stillWanted(ScheduledMessage message, Customer customer, PluginContext context) {
        return true;
    }

    /** Renders a due message for the customer: subject, plain text and optional HTML. */
    MessageContent render(ScheduledMessage message, Customer customer, PluginContext context);
}
