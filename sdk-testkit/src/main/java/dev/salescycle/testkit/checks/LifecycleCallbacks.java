package dev.salescycle.testkit.checks;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.testkit.PluginUnderTest;
import java.time.Duration;
import java.util.function.BiConsumer;

/** Calls {@code shopStarted}, {@code orderRecorded} and {@code orderPlaced} of each hook as the host's lifecycle queue would. */
final class LifecycleCallbacks {

    /** Lifecycle callbacks run outside the per-call budget; this only catches a callback that never returns. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private LifecycleCallbacks() {
    }

    /** What went wrong in a {@code shopStarted}, or null. */
    static String shopStarted(PluginUnderTest plugin, PluginContext context) {
        return each(plugin, "shopStarted", (hook, c) -> hook.shopStarted(c), context);
    }

    /** What went wrong in an {@code orderPlaced} of the sample order, or null. */
    static String orderPlaced(PluginUnderTest plugin, PluginContext context) {
        return each(plugin, "orderPlaced", (hook, c) -> hook.orderPlaced(Samples.order(), c), context);
    }

    /** What went wrong in an {@code orderRecorded} of the sample order, or null. */
    static String orderRecorded(PluginUnderTest plugin, PluginContext context) {
        return each(plugin, "orderRecorded", (hook, c) -> hook.orderRecorded(Samples.order(), c), context);
    }

    private static String each(PluginUnderTest plugin, String method, BiConsumer<SalesCycleHook, PluginContext> callback,
                               PluginContext context) {
        for (SalesCycleHook hook : plugin.hooks()) {
            TimedCall.Attempt attempt = TimedCall.run(() -> {
                callback.accept(hook, context);
                return null;
            }, plugin.classLoader(), LIMIT);
            String where = hook.getClass().getSimpleName() + "." + method;
            if (!attempt.returned()) {
                return where + " did not return within " + LIMIT.toSeconds() + " s with a six-order history: "
                        + "it runs on the plugin's only lifecycle queue, so no later callback would ever run";
            }
            if (attempt.error() != null) {
                return where + " threw " + TimedCall.describe(attempt.error()) + " with the declared defaults and a "
                        + "six-order history: the host logs it and goes on without what it should have prepared";
            }
        }
        return null;
    }
}
