package dev.salescycle.host.admin;

import dev.salescycle.host.dispatch.BoundHook;
import dev.salescycle.host.dispatch.CircuitBreaker;
import dev.salescycle.host.dispatch.HookStats;
import dev.salescycle.host.dispatch.ShopRuntime;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Publishes each hook's counts and breaker state as meters tagged by shop, plugin and hook. */
public final class HookMetrics {

    private final MeterRegistry registry;
    private final List<Meter> bound = new ArrayList<>();

    public HookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Replaces the meters of the previous shop snapshots by those of the new ones. */
    public synchronized void rebind(Map<String, ShopRuntime> shops) {
        bound.forEach(registry::remove);
        bound.clear();
        shops.values().forEach(this::bind);
    }

    private void bind(ShopRuntime shop) {
        for (BoundHook hook : shop.allHooks()) {
            Tags tags = Tags.of("shop", shop.id(), "plugin", hook.pluginId(), "hook", hook.kind().label());
            HookStats stats = hook.stats();
            counter("salescycle.hook.calls", "Calls of the hook", tags, stats, HookStats::calls);
            counter("salescycle.hook.errors", "Calls that threw or answered garbage", tags, stats, HookStats::errors);
            counter("salescycle.hook.timeouts", "Calls past their time budget", tags, stats, HookStats::timeouts);
            counter("salescycle.hook.skips", "Calls not made (breaker open or too many stuck)", tags, stats, HookStats::skips);
            bound.add(Gauge.builder("salescycle.hook.stuck", stats, HookStats::stuck)
                    .description("Calls past their budget not yet returned").tags(tags).register(registry));
            bound.add(Gauge.builder("salescycle.hook.breaker.state", stats, s -> breakerGauge(s.breakerState()))
                    .description("Circuit breaker: 0 closed (calls made), 1 open (hook left out), 2 half-open (trial calls)")
                    .tags(tags).register(registry));
        }
    }

    /** The breaker state as the gauge's value: 0 closed, 1 open, 2 half-open. */
    private static int breakerGauge(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
        };
    }

    private void counter(String name, String help, Tags tags, HookStats stats, ToDoubleFunction<HookStats> value) {
        bound.add(FunctionCounter.builder(name, stats, value).description(help).tags(tags).register(registry));
    }
}
