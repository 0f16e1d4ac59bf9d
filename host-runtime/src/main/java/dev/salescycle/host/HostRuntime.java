package dev.salescycle.host;

import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.LifecycleNotifier;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.dispatch.ShopRuntimeBuilder;
import dev.salescycle.host.http.ApiServlet;
import dev.salescycle.host.http.HostApi;
import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.host.plugins.PluginLoader;
import dev.salescycle.host.service.CartService;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.host.service.LeadService;
import dev.salescycle.host.service.OrderService;
import dev.salescycle.host.service.ProductService;
import dev.salescycle.host.service.Shops;
import dev.salescycle.host.shop.StoreContextFactory;
import dev.salescycle.host.store.Store;
import dev.salescycle.host.store.StoreOptions;
import dev.salescycle.host.admin.AdminToken;
import dev.salescycle.host.admin.HookMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The host's parts wired together, without HTTP: plugins, store, shops, dispatch and services. */
public final class HostRuntime implements AutoCloseable {

    private final HostConfig config;
    private final LoadedPlugins plugins;
    private final Store store;
    private final Shops shops;
    private final Dispatcher dispatcher;
    private final LifecycleNotifier notifier;
    private final ApiServlet servlet;
    private final PrometheusMeterRegistry metrics;

    private HostRuntime(HostConfig config, LoadedPlugins plugins, Store store, Shops shops, Dispatcher dispatcher,
                        LifecycleNotifier notifier, ApiServlet servlet, PrometheusMeterRegistry metrics) {
        this.config = config;
        this.plugins = plugins;
        this.store = store;
        this.shops = shops;
        this.dispatcher = dispatcher;
        this.notifier = notifier;
        this.servlet = servlet;
        this.metrics = metrics;
    }

    static HostRuntime start(HostConfig config, Path pluginsDir, Path dataDir, Clock clock) {
        LoadedPlugins plugins = PluginLoader.load(pluginsDir);
        Store store = null;
        try {
            String url = config.host().store() != null ? config.host().store() : StoreOptions.h2FileUrl(dataDir);
            store = Store.open(url, config.host().storeUser(), config.host().storePassword());
            StoreContextFactory contexts = new StoreContextFactory(store, clock);
            Map<String, ShopRuntime> bound = new ShopRuntimeBuilder(plugins, contexts, config.host().breaker()).build(config);
            Shops shops = new Shops(bound);
            Dispatcher dispatcher = new Dispatcher();
            LifecycleNotifier notifier = new LifecycleNotifier();
            PrometheusMeterRegistry metrics = metrics(bound);
            HostApi api = new HostApi(shops, new LeadService(shops, dispatcher, store, clock),
                    new CartService(shops, dispatcher, contexts),
                    new OrderService(shops, dispatcher, store, notifier, HostApi.orderRenderer()),
                    new ProductService(shops, store, contexts), new ImportService(shops, store, notifier),
                    store, plugins, clock, config.host().maxBodyBytes(), config.host().maxImportBytes(),
                    new AdminToken(config.host().adminToken()), metrics);
            bound.values().forEach(notifier::shopStarted);
            return new HostRuntime(config, plugins, store, shops, dispatcher, notifier, new ApiServlet(api), metrics);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            plugins.close();
            throw e;
        }
    }

    private static PrometheusMeterRegistry metrics(Map<String, ShopRuntime> shops) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        shops.values().forEach(shop -> HookMetrics.bind(shop, registry));
        return registry;
    }

    public HostConfig config() {
        return config;
    }

    public LoadedPlugins plugins() {
        return plugins;
    }

    public Store store() {
        return store;
    }

    public Shops shops() {
        return shops;
    }

    /** Waits until the plugins' lifecycle callbacks queued so far have run (model learning after start or import). */
    public void awaitPluginsIdle(long timeoutMillis) throws InterruptedException {
        notifier.awaitIdle(timeoutMillis);
    }

    ApiServlet servlet() {
        return servlet;
    }

    @Override
    public void close() {
        metrics.close();
        notifier.close();
        dispatcher.close();
        store.close();
        plugins.close();
    }
}
