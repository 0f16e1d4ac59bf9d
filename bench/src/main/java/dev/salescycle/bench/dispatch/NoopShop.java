package dev.salescycle.bench.dispatch;

import dev.salescycle.host.experiments.live.ExperimentRecorder;
import dev.salescycle.host.config.BreakerSettings;
import dev.salescycle.host.config.ConfigLoader;
import dev.salescycle.host.config.HostConfig;
import dev.salescycle.host.config.HostSettings;
import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.Dispatcher;
import dev.salescycle.host.dispatch.HookKind;
import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.dispatch.ShopRuntimeBuilder;
import dev.salescycle.host.plugins.LoadedPlugins;
import dev.salescycle.host.plugins.PluginLoader;
import dev.salescycle.host.attribution.RefCodec;
import dev.salescycle.host.service.AttributionService;
import dev.salescycle.host.service.CartService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import dev.salescycle.host.service.FunnelRecorder;
import dev.salescycle.host.dispatch.RunningShops;
import dev.salescycle.host.context.StoreContextFactory;
import dev.salescycle.host.store.Store;
import dev.salescycle.sdk.ConversionOffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shop with n no-op plugins, each a real jar in a temporary folder, wired as the host wires itself at
 * start: the host's {@link PluginLoader}, {@link ShopRuntimeBuilder}, store-backed contexts (an in-memory
 * H2), {@link Dispatcher} and {@link CartService}.
 */
final class NoopShop implements AutoCloseable {

    static final String SHOP = "bench";

    private final LoadedPlugins loaded;
    private final Store store;
    private final Dispatcher dispatcher;
    private final FunnelRecorder funnel;
    private final CartService carts;
    private final List<BoundHook> hooks;
    private final ExperimentRecorder recorder;

    private NoopShop(LoadedPlugins loaded, Store store, Dispatcher dispatcher, FunnelRecorder funnel, CartService carts,
                     List<BoundHook> hooks, ExperimentRecorder recorder) {
        this.recorder = recorder;
        this.loaded = loaded;
        this.store = store;
        this.dispatcher = dispatcher;
        this.funnel = funnel;
        this.carts = carts;
        this.hooks = hooks;
    }

    static NoopShop open(int plugins) throws IOException {
        return open(plugins, false);
    }

    /**
     * @param experiment whether the shop runs an experiment at its offer stage, noop-1 against noop-2 by visitor id
     *     (at least 2 plugins), with exposures and counts recorded as the host records them
     */
    static NoopShop open(int plugins, boolean experiment) throws IOException {
        LoadedPlugins loaded = PluginLoader.load(writeJars(plugins));
        if (loaded.all().size() != plugins) {
            throw new IllegalStateException("expected " + plugins + " plugins, loaded " + loaded.all().keySet()
                    + ", refused " + loaded.problems());
        }
        HostConfig config = new ConfigLoader().parse("bench.yaml", yaml(plugins) + (experiment ? """
                    experiments:
                      - id: noop-split
                        stage: conversion-offer
                        guardrails: [ timeouts, breakerTrips ]
                        variants:
                          - { name: one, weight: 1, plugin: noop-1 }
                          - { name: two, weight: 1, plugin: noop-2 }
                """ : ""));
        Store store = Store.open("jdbc:h2:mem:noop-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        StoreContextFactory contexts = new StoreContextFactory(store, Clock.systemUTC());
        Map<String, ShopRuntime> shops = new ShopRuntimeBuilder(loaded, contexts, BreakerSettings.DEFAULTS,
                HostSettings.DEFAULT_MAX_CONCURRENT_CALLS).build(config);
        Dispatcher dispatcher = new Dispatcher();
        FunnelRecorder funnel = new FunnelRecorder(store, Clock.systemUTC());
        RunningShops all = new RunningShops(shops);
        AttributionService attribution = new AttributionService(all, store, funnel,
                new RefCodec("bench attribution key, 32 bytes or more".getBytes(StandardCharsets.UTF_8)),
                new SimpleMeterRegistry(), Clock.systemUTC());
        ExperimentRecorder recorder = experiment ? new ExperimentRecorder(store, Clock.systemUTC()) : null;
        return new NoopShop(loaded, store, dispatcher, funnel,
                new CartService(all, dispatcher, contexts, funnel, attribution, recorder),
                shops.get(SHOP).hooks(HookKind.CONVERSION_OFFER), recorder);
    }

    /** Writes n plugin jars, noop-1 .. noop-n, each holding {@link NoopOffer}. */
    static Path writeJars(int plugins) throws IOException {
        Path folder = Files.createTempDirectory("salescycle-noop-plugins");
        for (int i = 1; i <= plugins; i++) {
            PluginJarWriter.write(folder.resolve("noop-" + i + ".jar"), "noop-" + i, NoopOffer.class);
        }
        return folder;
    }

    /** The host's cart service over this shop. */
    CartService carts() {
        return carts;
    }

    /** The shop's bound conversion-offer hooks, in order, as requests see them. */
    List<BoundHook> hooks() {
        return hooks;
    }

    /** The same extension instances, for calling them directly. */
    List<ConversionOffer> direct() {
        List<ConversionOffer> out = new ArrayList<>();
        hooks.forEach(h -> out.add((ConversionOffer) h.hook()));
        return out;
    }

    @Override
    public void close() throws Exception {
        if (recorder != null) {
            recorder.close();
        }
        dispatcher.close();
        funnel.close();
        store.close();
        loaded.close();
    }

    private static String yaml(int plugins) {
        StringBuilder out = new StringBuilder("shops:\n  " + SHOP + ":\n    currency: EUR\n    plugins:\n");
        for (int i = 1; i <= plugins; i++) {
            out.append("      - noop-").append(i).append('\n');
        }
        return out.toString();
    }
}
