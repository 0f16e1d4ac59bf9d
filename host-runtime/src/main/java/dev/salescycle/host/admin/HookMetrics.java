package dev.salescycle.host.admin;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.CircuitBreaker;
import dev.salescycle.host.dispatch.HookStats;
import dev.salescycle.host.dispatch.ShopRuntime;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.function.ToDoubleFunction;

/** Publishes each hook's counts and breaker state as meters tagged by shop, plugin and hook. */
public final class HookMetrics {

    private HookMetrics() {
    }

    public static void bind(ShopRuntime shop, MeterRegistry registry) {
        for (BoundHook hook : shop.allHooks()) {
            Tags tags = Tags.of("shop", shop.id(), "plugin", hook.pluginId(), "hook", hook.kind().label());
            HookStats stats = hook.stats();
            counter(registry, "salescycle.hook.calls", "Calls of the hook", tags, stats, HookStats::calls);
            counter(registry, "salescycle.hook.errors", "Calls that threw or answered garbage", tags, stats, HookStats::errors);
            counter(registry, "salescycle.hook.timeouts", "Calls past their time budget", tags, stats, HookStats::timeouts);
            counter(registry, "salescycle.hook.skips", "Calls not made (breaker open or too many stuck)", tags, stats, HookStats::skips);
            Gauge.builder("salescycle.hook.stuck", stats, HookStats::stuck).description("Calls past their budget not yet returned")
                    .tags(tags).register(registry);
            Gauge.builder("salescycle.hook.breaker.open", stats, s -> s.breakerState() == CircuitBreaker.State.CLOSED ? 0 : 1)
                    .description("1 while the circuit breaker keeps the hook out or is trying it again").tags(tags).register(registry);
        }
    }

    private static void counter(MeterRegistry registry, String name, String help, Tags tags, HookStats stats,
                                ToDoubleFunction<HookStats> value) {
        FunctionCounter.builder(name, stats, value).description(help).tags(tags).register(registry);
    }
}
