package dev.salescycle.host.context;

import dev.salescycle.host.store.OrderStreamStore;
import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.PluginState;
import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.settings.Settings;
import java.time.Clock;
import java.util.Currency;

/** A plugin's context whose order history stops at a stream position: the one {@code shopStarted} receives. */
public record ContextUpTo(PluginContext context, OrderHistory orders) implements PluginContext {

    /** The context with its orders cut at the position. */
    public static ContextUpTo of(PluginContext context, OrderStreamStore stream, long position) {
        return new ContextUpTo(context, new OrdersUpTo(context.orders(), stream, context.shopId(), position));
    }

    @Override
    public String shopId() {
        return context.shopId();
    }

    @Override
    public String pluginId() {
        return context.pluginId();
    }

    @Override
    public Currency currency() {
        return context.currency();
    }

    @Override
    public Settings settings() {
        return context.settings();
    }

    @Override
    public Clock clock() {
        return context.clock();
    }

    @Override
    public ProductCatalog products() {
        return context.products();
    }

    @Override
    public PluginState state() {
        return context.state();
    }
}
