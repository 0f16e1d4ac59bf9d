package dev.salescycle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.salescycle.host.plugins.LoadedPlugin;
import dev.salescycle.testkit.ApiClient;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Timeout;

/**
 * A plugin updated 100 times on a live host leaves no class loader behind, though each version keeps a
 * thread-local buffer on the request threads and runs a thread of its own while started.
 */
@Timeout(600)
class ReloadLeakTest {

    static final int RELOADS = 100;
    static final String CART = "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"a\",\"quantity\":1,\"unitPrice\":\"5.00\"}]}";

    @Test
    void oldClassLoadersAreCollectedAndTheClassCountReturnsToItsBaseline(@TempDir Path dir) throws Exception {
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        try (TestHost host = TestHost.builder(dir.resolve("host")).config(TestKeys.config("""
                host:
                  unloadGrace: 1ms
                  watchConfig: false
                shops:
                  s:
                    currency: EUR
                    plugins: [ swap-upsell ]
                """)).plugin(Plugins.zip("swap-upsell-v1")).start()) {
            var lifecycle = host.host().runtime().lifecycle();
            ApiClient api = TestKeys.client(host);
            List<WeakReference<ClassLoader>> retired = new ArrayList<>();
            ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
            for (int i = 0; i < 200; i++) {
                assertThat(api.post("/api/v1/shops/s/cart/evaluate", CART).body()).contains("\"v1-a\"");
            }
            long baseline = classCountAfterGc(classes);
            for (int i = 1; i <= RELOADS; i++) {
                String version = i % 2 == 0 ? "swap-upsell-v1" : "swap-upsell-v2";
                Path upload = uploads.resolve("r" + i + ".zip");
                Files.copy(Plugins.zip(version), upload);
                retired.add(new WeakReference<>(host.host().runtime().plugins().find("swap-upsell").orElseThrow().classLoader()));
                LoadedPlugin now;
                try (var in = Files.newInputStream(upload)) {
                    now = lifecycle.update("swap-upsell", "swap-upsell-r" + i + ".zip", in);
                }
                assertThat(api.post("/api/v1/shops/s/cart/evaluate", CART).body())
                        .contains(i % 2 == 0 ? "\"v1-a\"" : "\"v2-a\"");
                assertThat(now.id()).isEqualTo("swap-upsell");
            }
            lifecycle.awaitRetired(10_000);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                System.gc();
                assertThat(retired.stream().filter(r -> r.get() != null).count())
                        .as("retired plugin class loaders still reachable").isZero();
            });
            assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(name -> name.startsWith("swap-upsell-")).toList())
                    .as("threads of the plugin: only the live version's").containsExactly("swap-upsell-v1-ticker");
            long after = classCountAfterGc(classes);
            System.out.printf("ReloadLeakTest: loaded classes %d before the first reload, %d after %d reloads%n",
                    baseline, after, RELOADS);
            // Only an upper bound: the JDK unloads classes of its own too (the count fell 5.4% below the baseline
            // once, at a load average of 27); the weak references above are the sharp check on the plugin's loaders.
            assertThat((double) after).as("loaded classes after %d reloads vs. baseline %d", RELOADS, baseline)
                    .isLessThanOrEqualTo(baseline * 1.05);
            try (var files = Files.list(host.pluginsDir())) {
                assertThat(files.map(p -> p.getFileName().toString()).toList())
                        .as("only the live plugin's file and its expanded folder remain")
                        .containsExactlyInAnyOrder("swap-upsell-r100.zip",
                                "swap-upsell-r100");
            }
        }
    }

    private static long classCountAfterGc(ClassLoadingMXBean classes) {
        // A full collection unloads the classes of unreachable loaders before it returns.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return classes.getLoadedClassCount();
    }
}
