package dev.salescycle.host.http;

import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.host.service.CartService;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.host.service.LeadService;
import dev.salescycle.host.service.OrderService;
import dev.salescycle.host.service.ProductService;
import dev.salescycle.host.service.Shops;
import dev.salescycle.host.store.Store;
import dev.salescycle.host.admin.AdminToken;
import dev.salescycle.host.lifecycle.HostState;
import dev.salescycle.host.lifecycle.PluginLifecycle;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/**
 * Everything the HTTP layer calls.
 *
 * @param shops the shops' runtimes
 * @param leads stage 1
 * @param carts stages 2 and 3
 * @param orders stages 4 and 5
 * @param products the catalogue
 * @param imports order history imports
 * @param store the store, for reads and health
 * @param state the current config and plugins
 * @param lifecycle live changes of plugins and shops
 * @param clock the host's clock
 * @param maxBodyBytes the largest JSON body accepted
 * @param maxImportBytes the largest import accepted
 * @param adminToken checks admin calls
 * @param metrics the meters served at {@code /metrics}
 * @param retention retention delivery: unsubscribe links and the outbox
 * @param funnel records funnel events off the request path
 */
public record HostApi(Shops shops, LeadService leads, CartService carts, OrderService orders,
                      ProductService products, ImportService imports, Store store, HostState state,
                      PluginLifecycle lifecycle,
                      Clock clock, long maxBodyBytes, long maxImportBytes, AdminToken adminToken,
                      PrometheusMeterRegistry metrics, dev.salescycle.host.retention.Retention retention,
                      dev.salescycle.host.service.FunnelRecorder funnel) {

    /** The plugins loaded now. */
    public LoadedPlugins plugins() {
        return state.plugins();
    }

    /** The renderer {@link OrderService} needs, so that stored answers are what this layer writes. */
    public static dev.salescycle.host.service.OrderRenderer orderRenderer() {
        return new JsonOrderRenderer();
    }
}
