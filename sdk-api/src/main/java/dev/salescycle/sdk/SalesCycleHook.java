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
 * plugin snapshot (off the request path), then any number of hook calls concurrently, and, one at a time,
 * {@link #orderRecorded} for every order the shop's store takes from then on and {@link #orderPlaced} for
 * the orders placed through this host.
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
     * Called once per shop when the shop's plugins are (re)built; off the request path and outside the
     * per-call time budget; a place to warm caches or learn a model from {@link PluginContext#orders()}.
     * Calls to one plugin's callbacks never overlap.
     *
     * <p>Since 1.2.0 the host first takes the shop's stream position P (see {@link #orderRecorded}):
     * {@link OrderHistory#forEach} and {@link OrderHistory#count} of the context passed here show the orders up
     * to P only, and {@code orderRecorded} then goes on with the orders after P. A model learned here and kept up
     * to date in {@code orderRecorded} so holds every order exactly once, across restarts and plugin reloads.
     *
     * <p>For a hook that does not override {@code orderRecorded}, the host calls this method again on every host
     * after orders were imported (through any host), with the position just past the imported orders, so it
     * relearns imports everywhere.
     */
    default void shopStarted(PluginContext context) {
    }

    /**
     * Called on the host that took an order, after the order is durably stored, off the request path and in
     * the order the orders were stored; never for imported orders. The place for what must happen once per
     * order, not once per host. A model that every host keeps should learn in {@link #orderRecorded} instead,
     * which also sees this order.
     */
    default void orderPlaced(Order order, PluginContext context) {
    }

    /**
     * Called on every host for every order the shop's store holds beyond the position its last
     * {@link #shopStarted} learned up to: orders placed through any host and imported orders alike. The
     * host follows the shop's order stream, in which each stored order has a position, and calls this method
     * in that order, exactly once per order, host and plugin snapshot, off the request path. Calls to one
     * plugin's callbacks never overlap, so {@code shopStarted} and this method never run at the same time.
     *
     * <p>The stream position P taken before {@code shopStarted} splits the orders without overlap: up to P they
     * are in the {@link PluginContext#orders()} that {@code shopStarted} reads, from P + 1 on they arrive here.
     * After a restart, or when the plugin is reloaded or its settings change, {@code shopStarted} is called
     * again with a new P and the stream goes on from there: no order is missed or learned twice.
     *
     * <p>What must happen once per order in the whole deployment (such as scheduling mail) belongs in
     * {@link #orderPlaced}, which runs on the host that took the order only. An exception here is logged and
     * costs this order only; the stream goes on. A slow plugin delays only its own callbacks.
     *
     * @param order an order the shop's store holds
     * @param context the plugin's context in the shop
     * @since 1.2.0
     */
    default void orderRecorded(Order order, PluginContext context) {
    }
}
