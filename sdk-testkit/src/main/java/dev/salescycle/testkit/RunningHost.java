package dev.salescycle.testkit;

import dev.salescycle.host.SalesCycleHost;
import dev.salescycle.host.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Salescycle host on a random loopback port for tests that go through HTTP, with its plugins folder,
 * config and data in a folder of its own. Plugins come from packaged files, or from the build's compiled classes
 * ({@link Builder#pluginFromClasses()}, no packaging needed); shops from {@link TestShop}s or YAML. Most tests get
 * one through {@link WithSalesCycleHost}.
 *
 * <pre>{@code
 * try (RunningHost host = RunningHost.builder(tempDir).pluginFromClasses()
 *         .shop(TestShop.named("gifts").plugin("gift-wrap")).start()) {
 *     HostClient.Answer answer = host.client().evaluateCart("gifts", cartJson);
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public final class RunningHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningHost.class);

    private final SalesCycleHost host;
    private final Path root;
    private final TestConfig config;

    private RunningHost(SalesCycleHost host, Path root, TestConfig config) {
        this.host = host;
        this.root = root;
        this.config = config;
    }

    /** Starts a builder whose files live under the given (temporary) folder. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** The host's address, such as {@code http://127.0.0.1:41234/}. */
    public URI baseUri() {
        return host.baseUri();
    }

    /** The port the host listens on. */
    public int port() {
        return host.port();
    }

    /** A client that sends each shop's key on its routes and the admin token on admin routes. */
    public HostClient client() {
        return new HostClient(host.baseUri(), config.shopKeys(), config.adminToken());
    }

    /** The generated API key of a shop made from a {@link TestShop}, or null for shops of a YAML config. */
    public String shopKey(String shopId) {
        return config.shopKeys().get(shopId);
    }

    /** The admin token of a host configured with {@link TestShop}s, or null. */
    public String adminToken() {
        return config.adminToken();
    }

    /** The folder the host reads plugins from. */
    public Path pluginsDir() {
        return root.resolve("plugins");
    }

    /**
     * Waits until the plugins' lifecycle callbacks queued so far ran, such as the {@code shopStarted} that follows
     * an order import.
     *
     * @throws IllegalStateException if they are still running after the timeout
     */
    public void awaitPluginsIdle(Duration timeout) {
        try {
            host.runtime().awaitPluginsIdle(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the plugins", e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("plugins still busy after " + timeout + ": " + e.getMessage(), e);
        }
    }

    /** Stops the host; its folder is left to the caller (a JUnit temporary folder). */
    @Override
    public void close() {
        host.stop();
    }

    /** Configures a {@link RunningHost}. */
    public static final class Builder {
        private final Path root;
        private final List<Path> plugins = new ArrayList<>();
        private final List<TestShop> shops = new ArrayList<>();
        private String yaml;
        private String compiledPluginId;
        private Path compiledClasses;
        private Clock clock = Clock.systemUTC();

        private Builder(Path root) {
            this.root = root;
        }

        /** A packaged plugin jar or zip to put into the host's plugins folder. */
        public Builder plugin(Path jarOrZip) {
            plugins.add(jarOrZip);
            return this;
        }

        /**
         * The plugin of this build, from its compiled classes, under the id the build declares (system property
         * {@code salescycle.plugin.id}, which the archetype sets) or the project folder's name.
         */
        public Builder pluginFromClasses() {
            return pluginFromClasses(CompiledPlugin.id());
        }

        /** The plugin of this build, from its compiled classes ({@code target/classes}), under the given id. */
        public Builder pluginFromClasses(String pluginId) {
            return pluginFromClasses(pluginId, CompiledPlugin.classes());
        }

        /**
         * A plugin from a folder of compiled classes holding its {@code META-INF/extensions.idx}, under the given id;
         * its libraries come from system property {@code salescycle.plugin.classpath} or the test's class path.
         */
        public Builder pluginFromClasses(String pluginId, Path classes) {
            this.compiledPluginId = pluginId;
            this.compiledClasses = classes;
            return this;
        }

        /** A shop; shops are listed in the config in the order they are added. */
        public Builder shop(TestShop shop) {
            shops.add(shop);
            return this;
        }

        /** The whole operator config as YAML text instead of shops; {@code host.port} is ignored. */
        public Builder config(String yamlText) {
            this.yaml = yamlText;
            return this;
        }

        /** The clock the host reads, such as a fixed or movable one for time-dependent tests. */
        public Builder clock(Clock fixed) {
            this.clock = fixed;
            return this;
        }

        /**
         * Writes the files and starts the host.
         *
         * @throws HostStartException naming file, line and field when the config or a plugin's settings are wrong
         * @throws PluginLoadException when the compiled plugin cannot be made
         */
        public RunningHost start() {
            long began = System.nanoTime();
            try {
                Path pluginsDir = Files.createDirectories(root.resolve("plugins"));
                for (Path plugin : plugins) {
                    Files.copy(plugin, pluginsDir.resolve(plugin.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
                if (compiledPluginId != null) {
                    CompiledPlugin.zipInto(pluginsDir, compiledPluginId, compiledClasses);
                }
                TestConfig config = yaml != null ? TestConfig.yaml(yaml) : TestConfig.of(shops);
                Path configFile = root.resolve("salescycle.yaml");
                Files.writeString(configFile, config.text());
                long built = System.nanoTime();
                SalesCycleHost host = build(configFile, pluginsDir);
                RunningHost running = new RunningHost(host.start(), root, config);
                LOG.info("Test host started on {} in {} ms (plugin files {} ms)", running.baseUri(),
                        (System.nanoTime() - began) / 1_000_000, (built - began) / 1_000_000);
                return running;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private SalesCycleHost build(Path configFile, Path pluginsDir) {
            try {
                return SalesCycleHost.builder().configFile(configFile).pluginsDir(pluginsDir)
                        .dataDir(root.resolve("data")).port(0).clock(clock).build();
            } catch (ConfigException e) {
                throw new HostStartException(e.getMessage(), e);
            }
        }
    }
}
