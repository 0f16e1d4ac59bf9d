package dev.salescycle.sdk;

import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.settings.SettingProblem;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.Settings;
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
     * of the specs of all hooks of a plugin before it enables the plugin for that shop; every hook of
     * the plugin then reads the same settings, including those only another of its hooks declares.
     */
    default List<SettingSpec> settingSpecs() {
        return List.of();
    }

    /**
     * Checks what the declared types and bounds cannot say, such as a list of steps whose delays must be
     * above zero. The host calls it with a shop's typed settings (the plugin's whole settings) each time
     * it enables the plugin for a shop: at start-up, on a config reload and on an admin change. Any
     * problem refuses that configuration like any other config error, naming file, line and field;
     * a running shop keeps its previous settings. Defaults to no problems.
     *
     * <p>Called off the request path; it must not block. A hook that throws is reported as a problem.
     *
     * @param settings the shop's settings for this plugin, already checked against the declared specs
     * @return the problems found; empty when the settings are usable
     * @since 1.1.0
     */
    default List<SettingProblem> validate(Settings settings) {
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
