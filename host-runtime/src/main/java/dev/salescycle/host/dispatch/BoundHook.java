package dev.salescycle.host.dispatch;

import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;

/**
 * One hook of one plugin, bound to one shop: the extension, its context, its budget and its counts.
 *
 * @param pluginId the plugin id
 * @param kind which hook
 * @param hook the extension instance
 * @param context the context handed to each call for this shop
 * @param classLoader the plugin's class loader
 * @param budgetNanos the time budget of one call
 * @param stats the counts
 */
public record BoundHook(String pluginId, HookKind kind, SalesCycleHook hook, PluginContext context,
                        ClassLoader classLoader, long budgetNanos, HookStats stats) {

    /** How many calls of one plugin may be stuck past their budget before the host stops calling it. */
    static final int MAX_STUCK = 2;

    /** What a hook's very first call gets on top of its budget, for class loading and JIT. */
    static final long COLD_GRACE_NANOS = 100_000_000L;

    /** What later steps of a run are expected to need: twice their usual time plus a millisecond, within budget. */
    long expectedNanos() {
        long typical = stats.typicalNanos();
        return typical == 0 ? Math.min(budgetNanos, 5_000_000L) : Math.min(budgetNanos, 2 * typical + 1_000_000L);
    }

    /** The budget of the next call: longer for the hook's very first call only. */
    long currentBudgetNanos() {
        return stats.takeColdGrace() ? budgetNanos + COLD_GRACE_NANOS : budgetNanos;
    }

    /**
     * Why the host will not call this hook now, or null to call it. Null takes a bulkhead slot, which the caller
     * gives back when the call returns, and may reserve a breaker trial.
     */
    String skipReason() {
        if (stats.stuck() >= MAX_STUCK) {
            stats.failedWithoutCall();
            return "skipped: earlier calls are still running past their budget";
        }
        Bulkhead bulkhead = stats.bulkhead();
        if (!bulkhead.tryEnter()) {
            // Not a failure for the breaker: a healthy plugin can meet a burst too.
            return "skipped: " + bulkhead.maxRunning() + " calls of this plugin are already running";
        }
        if (!stats.breaker().allow()) {
            bulkhead.exit();
            return "skipped: circuit breaker open after repeated failures";
        }
        return null;
    }
}
