package dev.salescycle.host.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.config.BreakerSettings;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.LeadOutcome;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ShopRuntimeRunningCallsTest {

    /** A plugin with two hooks, like a real one: both share its bulkhead in the shop. */
    private interface TwoHooks extends LeadCapture, Upsell {
    }

    @Test
    void countsTheRunningCallsOfOnePluginAcrossItsHooksOnce() throws Exception {
        ClassLoader pluginLoader = new URLClassLoader(new URL[0]);
        ClassLoader otherLoader = new URLClassLoader(new URL[0]);
        TwoHooks plugin = Mockito.mock(TwoHooks.class);
        CountDownLatch release = new CountDownLatch(1);
        Mockito.when(plugin.capture(Mockito.any(), Mockito.any())).thenAnswer(invocation -> {
            release.await();
            return LeadOutcome.reject("done");
        });
        Bulkhead bulkhead = new Bulkhead(8);
        BoundHook lead = bound("p", HookKind.LEAD_CAPTURE, plugin, pluginLoader, bulkhead);
        BoundHook upsell = bound("p", HookKind.UPSELL, plugin, pluginLoader, bulkhead);
        BoundHook other = bound("q", HookKind.UPSELL, Mockito.mock(Upsell.class), otherLoader, new Bulkhead(8));
        ShopRuntime shop = new ShopRuntime(new ShopConfig("s", Currency.getInstance("EUR"), Duration.ofMillis(50),
                Duration.ofMillis(300), List.of(), dev.salescycle.host.config.ShopAccess.NONE,
                dev.salescycle.host.config.AttributionSettings.DEFAULTS), List.of(lead, upsell, other), Map.of());

        DetachedCall<LeadOutcome> call = new DetachedCall<>(lead, h -> ((LeadCapture) h).capture(null, null));
        assertThat(call.admit()).isNull();
        Thread worker = new Thread(() -> {
            try {
                call.call();
            } catch (Exception ignored) {
                // the answer is not looked at
            }
        });
        worker.start();

        assertThat(shop.runningCalls(pluginLoader)).isEqualTo(1);
        assertThat(shop.runningCalls(otherLoader)).isZero();
        release.countDown();
        worker.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(shop.runningCalls(pluginLoader)).isZero();
    }

    private static BoundHook bound(String id, HookKind kind, SalesCycleHook hook, ClassLoader loader, Bulkhead bulkhead) {
        return new BoundHook(id, kind, hook, Mockito.mock(PluginContext.class), loader, TimeUnit.MILLISECONDS.toNanos(50),
                new HookStats(new CircuitBreaker(BreakerSettings.DEFAULTS, System::nanoTime), bulkhead));
    }
}
