package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.List;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * What every hook of the five sales-cycle stages shares: declared settings and lifecycle callbacks.
 *
 * <p>One extension instance serves every shop that enables its plugin; the {@link PluginContext}
 * passed to each call says which shop it is for. Implementations must be thread-safe.
 *
 * <p>Lifecycle, in this order: {@link #shopStarted} once per shop when the host builds the shop's
 * plugin snapshot (off the request path), then any number of hook calls and {@link #orderPlaced}
 * notifications, concurrently.
 *
 * @since 1.0.0
 */
public interface SalesCycleHook extends ExtensionPoint {

    /**
     * The settings this hook reads. The host validates each shop's settings against the union
     * of the specs of all hooks of a plugin before it enables the plugin for that shop.
     */
    default List<SettingSpec> settingSpecs() {
        return List.of();
    }

    /**
     * Ids of plugins whose hooks of the same kind this hook must run before, in every shop that enables
     * both. The host keeps the configured order where these constraints allow, and refuses a cycle.
     *
     * @since 1.0.0
     */
    default Set<String> runsBefore() {
        return Set.of();
    }

    /**
     * Ids of plugins whose hooks of the same kind this hook must run after; see {@link #runsBefore()}.
     *
     * @since 1.0.0
     */
    default Set<String> runsAfter() {
        return Set.of();
    }

    /**
     * Called once per shop when the shop's plugins are (re)built, and again after a bulk import of orders;
     * off the request path and outside the per-call time budget; a place to warm caches or learn a model
     * from {@link PluginContext#orders()}. Calls to one plugin's callbacks never overlap.
     */
    default void shopStarted(PluginContext context) {
    }

    /**
     * Called after an order placed through the host is durably stored, off the request path and in the
     * order the orders were stored. Imported orders are announced by {@link #shopStarted} instead.
     */
    default void orderPlaced(Order order, PluginContext context) {
    }
}
