package dev.salescycle.host;

import dev.salescycle.host.admin.AdminToken;
import dev.salescycle.host.admin.HookMetrics;
import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.ExperimentSwitches;
import dev.salescycle.host.dispatch.HookCallbacks;
import dev.salescycle.host.stream.OrderStream;
import dev.salescycle.host.experiments.live.ExperimentAdmin;
import dev.salescycle.host.experiments.live.ExperimentRecorder;
import dev.salescycle.host.experiments.live.ExperimentResults;
import dev.salescycle.host.experiments.live.ExperimentStates;
import dev.salescycle.host.experiments.live.Experiments;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.dispatch.ShopRuntimeBuilder;
import dev.salescycle.host.http.ApiServlet;
import dev.salescycle.host.access.ConsoleSessions;
import dev.salescycle.host.access.Gatekeeper;
import dev.salescycle.host.access.StoredRevocations;
import dev.salescycle.host.http.AdminRoutes;
import dev.salescycle.host.http.BodyLimits;
import dev.salescycle.host.http.CustomerRoutes;
import dev.salescycle.host.http.HostRoutes;
import dev.salescycle.host.http.MailLinkRoutes;
import dev.salescycle.host.http.ShopRoutes;
import dev.salescycle.host.service.ConsentService;
import dev.salescycle.host.service.CustomerService;
import dev.salescycle.host.service.FunnelReport;
import dev.salescycle.host.service.MessageReport;
import dev.salescycle.host.service.AttributionService;
import dev.salescycle.host.attribution.RefCodec;
import dev.salescycle.host.lifecycle.ConfigWatcher;
import dev.salescycle.host.lifecycle.HostState;
import dev.salescycle.host.lifecycle.PluginLifecycle;
import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.host.plugins.PluginLoader;
import dev.salescycle.host.retention.Retention;
import dev.salescycle.host.service.CartService;
import dev.salescycle.host.service.FunnelRecorder;
import dev.salescycle.host.service.ImportService;
import dev.salescycle.host.service.LeadExpiry;
import dev.salescycle.host.service.LeadService;
import dev.salescycle.host.service.OrderService;
import dev.salescycle.host.service.ProductService;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.context.StoreContextFactory;
import dev.salescycle.host.store.Store;
import dev.salescycle.host.store.StoreOptions;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The host's parts wired together, without HTTP: plugins, store, shops, dispatch, services, lifecycle. */
public final class HostRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HostRuntime.class);

    private final HostState state;
    private final Store store;
    private final RunningShops shops;
    private final PluginLifecycle lifecycle;
    private final HookCallbacks callbacks;
    private final OrderStream stream;
    private final Retention retention;
    private final FunnelRecorder funnel;
    private final ApiServlet servlet;
    private final ShutdownOrder parts;
    private final Experiments experiments;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HostRuntime(HostState state, Store store, RunningShops shops, PluginLifecycle lifecycle, HookCallbacks callbacks,
                        OrderStream stream,
                        Retention retention, FunnelRecorder funnel, ApiServlet servlet, ShutdownOrder parts,
                        Experiments experiments) {
        this.experiments = experiments;
        this.state = state;
        this.store = store;
        this.shops = shops;
        this.lifecycle = lifecycle;
        this.callbacks = callbacks;
        this.stream = stream;
        this.retention = retention;
        this.funnel = funnel;
        this.servlet = servlet;
        this.parts = parts;
    }

    static HostRuntime start(HostConfig fileConfig, Path configFile, Path pluginsDir, Path dataDir, Clock clock,
                             dev.salescycle.host.config.ConfigLoader loader, String publicUrl) {
        HostConfig config = fileConfig;
        String url = config.host().store() != null ? config.host().store() : StoreOptions.h2FileUrl(dataDir);
        // Opening the store (pool, migrations) and loading the plugins (zips expanded, classes loaded) do not
        // depend on each other; side by side they take the time of the longer one.
        long started = System.nanoTime();
        long[] storeNanos = new long[1];
        FutureTask<Store> opening = new FutureTask<>(() -> {
            Store opened = Store.open(url, fileConfig.host().storeUser(), fileConfig.host().storePassword());
            storeNanos[0] = System.nanoTime() - started;
            return opened;
        });
        new Thread(opening, "salescycle-store-open").start();
        LoadedPlugins plugins;
        long pluginsNanos;
        try {
            plugins = PluginLoader.load(pluginsDir, fileConfig.pluginDigests());
            pluginsNanos = System.nanoTime() - started;
        } catch (RuntimeException | Error e) {
            closeWhenOpened(opening);
            throw e;
        }
        PrometheusMeterRegistry metrics = registry(); // needs no store, so it is made while the store opens
        ShutdownOrder parts = new ShutdownOrder();
        parts.started(metrics::close);
        try {
            Store store = parts.started(opened(opening));
            StoreContextFactory contexts = new StoreContextFactory(store, clock);
            ExperimentSwitches switches = new ExperimentSwitches();
            RunningShops shops = new RunningShops(Map.of());
            ExperimentStates experimentStates = parts.started(new ExperimentStates(store.experiments(), switches,
                    shops, clock, Duration.ofSeconds(1), Duration.ofSeconds(60)));
            config = experimentStates.withStoredExperiments(config);
            Map<String, ShopRuntime> bound = new ShopRuntimeBuilder(plugins, contexts, config.host().breaker(),
                    config.host().maxConcurrentCalls(), switches).build(config);
            shops.replace(bound);
            Dispatcher dispatcher = parts.started(new Dispatcher());
            HookCallbacks callbacks = parts.started(new HookCallbacks());
            OrderStream stream = parts.started(OrderStream.start(store.orderStream(), shops, callbacks));
            HookMetrics hookMetrics = new HookMetrics(metrics);
            hookMetrics.rebind(bound);
            HostState state = new HostState(config, plugins);
            PluginLifecycle lifecycle = parts.started(new PluginLifecycle(state, shops, contexts, callbacks, hookMetrics,
                    pluginsDir, config.host().unloadGrace(), switches));
            Retention retention = parts.started(Retention.start(config.host(),
                    publicUrl != null ? publicUrl : config.host().publicUrl(), store, shops, clock));
            FunnelRecorder funnel = parts.started(new FunnelRecorder(store, clock));
            ExperimentRecorder experimentRecorder = parts.started(new ExperimentRecorder(store, clock));
            ExperimentResults experimentResults = new ExperimentResults(store.experiments(), experimentRecorder, clock);
            experimentStates.start(lifecycle, experimentResults);
            Experiments experiments = new Experiments(experimentRecorder, experimentStates,
                    new ExperimentAdmin(shops, lifecycle, store.experiments(), experimentStates, experimentResults, clock));
            if (configFile != null && config.host().watchConfig()) {
                parts.started(new ConfigWatcher(configFile, lifecycle, Duration.ofSeconds(1), loader));
            }
            ConsentService consent = parts.started(new ConsentService(store, clock, retention.pageTokens(),
                    retention.links(), retention.sender(), retention.outbox(), config.host().edge().leadConfirmWithin()));
            parts.started(new LeadExpiry(store, clock, config.host().edge().leadConfirmWithin()));
            ApiServlet servlet = servlet(config, clock, store, shops, dispatcher, contexts, callbacks, stream, state, lifecycle,
                    retention, funnel, consent, metrics, experiments);
            bound.values().forEach(callbacks::shopStarted);
            LOG.info("Host runtime ready in {} ms (store opened in {} ms beside the plugins, loaded in {} ms)",
                    (System.nanoTime() - started) / 1_000_000, storeNanos[0] / 1_000_000, pluginsNanos / 1_000_000);
            return new HostRuntime(state, store, shops, lifecycle, callbacks, stream, retention, funnel, servlet, parts,
                    experiments);
        } catch (RuntimeException e) {
            parts.close();
            plugins.close();
            throw e;
        }
    }

    /** The HTTP edge: each route group gets the services it calls, the gatekeeper admits every request. */
    private static ApiServlet servlet(HostConfig config, Clock clock, Store store, RunningShops shops, Dispatcher dispatcher,
                                      StoreContextFactory contexts, HookCallbacks callbacks, OrderStream stream, HostState state,
                                      PluginLifecycle lifecycle, Retention retention, FunnelRecorder funnel,
                                      ConsentService consent, PrometheusMeterRegistry metrics, Experiments experiments) {
        BodyLimits limits = new BodyLimits(config.host().maxBodyBytes(), config.host().maxImportBytes());
        AttributionService attribution = new AttributionService(shops, store, funnel,
                new RefCodec(retention.pageTokens().attributionKey()), metrics, clock, experiments.recorder());
        var shopServices = new ShopRoutes.Services(new LeadService(shops, dispatcher, store, clock, funnel, consent),
                new CartService(shops, dispatcher, contexts, funnel, attribution, experiments.recorder()),
                new OrderService(shops, dispatcher, store, callbacks, ApiServlet.orderRenderer(), funnel, attribution,
                        experiments.recorder()),
                new ProductService(shops, store, contexts), new ImportService(shops, store, store.orderStream()), attribution, stream);
        AdminToken token = new AdminToken(config.host().adminToken());
        ConsoleSessions sessions = new ConsoleSessions(token.enabled() ? token.sessionKey(StoredRevocations.secret(store)) : null,
                new StoredRevocations(store), clock, ConsoleSessions.IDLE, ConsoleSessions.ABSOLUTE);
        Gatekeeper gate = new Gatekeeper(token, config.host().edge(), sessions);
        return new ApiServlet(gate, shops,
                new ShopRoutes(shopServices, shops, funnel, retention.pageTokens(), limits, clock, retention.links()),
                new CustomerRoutes(new CustomerService(shops, store, clock)),
                new MailLinkRoutes(retention.links(), retention.pageTokens(), consent, funnel, attribution),
                new AdminRoutes(new AdminRoutes.Services(state, lifecycle, shops, new FunnelReport(shops, store),
                        retention, experiments.admin(), new MessageReport(shops, store)),
                        limits, config.host().edge().allowPluginUpload(), clock),
                new HostRoutes(state, shops, store::isHealthy, metrics));
    }

    private static Store opened(FutureTask<Store> opening) {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.cancel(false);
            throw new IllegalStateException("interrupted while the store opened", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Closes the store once it has opened, so that a failed start leaves no database file locked. */
    private static void closeWhenOpened(FutureTask<Store> opening) {
        try {
            opening.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // it did not open, so there is nothing to close
        }
    }

    private static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        return registry;
    }

    /** The config in force now (it changes with live changes). */
    public HostConfig config() {
        return state.config();
    }

    /** The plugins loaded now. */
    public LoadedPlugins plugins() {
        return state.plugins();
    }

    public Store store() {
        return store;
    }

    /** Retention delivery: the scheduler, the outbox of sent mails, the unsubscribe links. */
    public Retention retention() {
        return retention;
    }

    public RunningShops shops() {
        return shops;
    }

    /** The funnel events recorder (flush it to read events written so far). */
    public FunnelRecorder funnel() {
        return funnel;
    }

    /** The shops' experiments: what is recorded, where each stands, the operator's changes. */
    public Experiments experiments() {
        return experiments;
    }

    /** Install, update, unload, enable and disable plugins on the running host. */
    public PluginLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Waits until the order stream has caught up with the orders stored so far and the plugins' lifecycle callbacks
     * queued by then have run (model learning after start, orders and imports).
     */
    public void awaitPluginsIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        stream.awaitCaughtUp(timeoutMillis);
        callbacks.awaitIdle(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
    }

    /** This host's follower of the shops' order streams. */
    public OrderStream orderStream() {
        return stream;
    }

    ApiServlet servlet() {
        return servlet;
    }

    /** Stops the plugins, the scheduler and the other threads, and closes the store; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        parts.close();
        state.plugins().close();
    }
}
