package dev.salescycle.host.dispatch;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.model.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the lifecycle callbacks ({@code shopStarted}, {@code orderPlaced}, {@code orderRecorded}) off the
 * request path: one queue per plugin, so a plugin's callbacks never overlap and a slow plugin delays only itself.
 */
public final class HookCallbacks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HookCallbacks.class);

    /** Starts the hooks new in a shop's snapshot; the order stream replaces the plain start below. */
    @FunctionalInterface
    public interface ShopStarts {
        /** Called with every new snapshot of a shop and the hooks that need {@code shopStarted}. */
        void started(ShopRuntime shop, List<BoundHook> fresh);
    }

    private final Map<ClassLoader, ExecutorService> queues = new ConcurrentHashMap<>();
    private volatile ShopStarts starts = (shop, fresh) ->
            fresh.forEach(h -> enqueue(h, "shopStarted", x -> x.shopStarted(h.context())));

    /** Hands the starting of hooks to the order stream, which positions each start in the stream. */
    public void startThrough(ShopStarts starts) {
        this.starts = starts;
    }

    public void shopStarted(ShopRuntime shop) {
        shopStarted(shop, null);
    }

    /**
     * Calls {@code shopStarted} for the hooks of the shop that are new since the previous snapshot: a plugin
     * newly enabled, updated, or with changed settings. Unchanged hooks already know the shop.
     */
    public void shopStarted(ShopRuntime shop, ShopRuntime previous) {
        Map<SalesCycleHook, BoundHook> before = previous == null ? Map.of() : previous.distinctHooks();
        List<BoundHook> fresh = new ArrayList<>();
        shop.distinctHooks().forEach((hook, h) -> {
            BoundHook earlier = before.get(hook);
            if (earlier == null || !earlier.context().settings().equals(h.context().settings())) {
                fresh.add(h);
            }
        });
        starts.started(shop, fresh);
    }

    /** Drops the queue of an unloaded plugin, so that nothing keeps its class loader. */
    public void forget(ClassLoader pluginLoader) {
        ExecutorService queue = queues.remove(pluginLoader);
        if (queue != null) {
            queue.shutdown();
        }
    }

    public void orderPlaced(ShopRuntime shop, Order order) {
        shop.distinctHooks().values().forEach(h -> enqueue(h, "orderPlaced", hook -> hook.orderPlaced(order, h.context())));
    }

    /** Waits until every queued callback ran (for tests and orderly shutdown). */
    public void awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        for (ExecutorService queue : queues.values()) {
            var marker = queue.submit(() -> { });
            try {
                marker.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return;
            }
        }
    }

    /** Queues a callback on the plugin's queue; what it throws is logged with {@code what}. */
    public void enqueue(BoundHook bound, String what, Consumer<SalesCycleHook> callback) {
        ExecutorService queue = queues.computeIfAbsent(bound.classLoader(), loader -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "salescycle-lifecycle-" + bound.pluginId());
            t.setContextClassLoader(HookCallbacks.class.getClassLoader());
            t.setDaemon(true);
            return t;
        }));
        PluginContext context = bound.context();
        queue.execute(() -> {
            Thread current = Thread.currentThread();
            ClassLoader previous = current.getContextClassLoader();
            current.setContextClassLoader(bound.classLoader());
            try {
                callback.accept(bound.hook());
            } catch (Throwable t) {
                LOG.warn("Plugin {} failed in {} for shop {}: {}", bound.pluginId(), what, context.shopId(), t.toString());
            } finally {
                current.setContextClassLoader(previous);
            }
        });
    }

    @Override
    public void close() {
        queues.values().forEach(ExecutorService::shutdownNow);
    }
}
