package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.plugins.PluginHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * A plugin unloaded while one of its calls still runs (it ignores interrupts and sleeps two seconds) keeps its
 * class loader open past the unload grace until that call has returned; then it is closed and its file deleted.
 */
@Timeout(600)
class UnloadWhileCallRunsTest {

    static final long GRACE_MILLIS = 50;

    @Test
    void anUnloadedPluginIsClosedOnlyOnceItsRunningCallsReturned(@TempDir Path dir) throws Exception {
        try (TestHost host = TestHost.builder(dir).config(TestKeys.config("""
                host:
                  unloadGrace: %dms
                  watchConfig: false
                shops:
                  s:
                    currency: EUR
                    plugins: [ fault-hangs ]
                """.formatted(GRACE_MILLIS))).plugin(Plugins.zip("fault-hangs")).start()) {
            var runtime = host.host().runtime();
            ShopRuntime oldShop = runtime.shops().require("s");
            PluginHandle handle = runtime.plugins().handle("fault-hangs").orElseThrow();
            ClassLoader loader = handle.plugin().classLoader();
            assertThat(TestKeys.client(host).post("/api/v1/shops/s/cart/evaluate", LiveLifecycleTest.CART).status())
                    .isEqualTo(200);
            assertThat(oldShop.runningCalls(loader)).as("the hanging call outlives the request").isPositive();

            runtime.lifecycle().unload("fault-hangs");
            long unloaded = System.nanoTime();
            AtomicBoolean heldOpenPastGrace = new AtomicBoolean();
            // Watched every few milliseconds: at no moment may the plugin be closed while a call of it still runs.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> {
                String state = handle.state();
                int running = oldShop.runningCalls(loader);
                assertThat(state.equals("UNLOADED") && running > 0)
                        .as("closed with %d calls still running", running).isFalse();
                if (running > 0 && System.nanoTime() - unloaded > TimeUnit.MILLISECONDS.toNanos(4 * GRACE_MILLIS)) {
                    heldOpenPastGrace.set(true);
                }
                return state.equals("UNLOADED");
            });

            assertThat(heldOpenPastGrace.get()).as("open past the grace while the call ran").isTrue();
            runtime.lifecycle().awaitRetired(10_000);
            assertThat(Files.exists(handle.file())).as("the plugin's file is deleted once it is closed").isFalse();
        }
    }
}
