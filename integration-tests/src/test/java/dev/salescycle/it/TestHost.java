package dev.salescycle.it;

import dev.salescycle.host.SalesCycleHost;
import dev.salescycle.testkit.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Salescycle host on a random port, with its own plugins folder and data folder in a temporary
 * directory, for the host's own tests that go through HTTP and also look inside the host (its runtime, its
 * store). Plugin authors have the test kit's {@code RunningHost} and {@code @WithSalesCycleHost}, which keep
 * the host's classes out of their tests.
 *
 * <pre>{@code
 * try (TestHost host = TestHost.builder(tempDir).plugin(zip).config(yaml).start()) {
 *     ApiClient.Response r = host.client().post("/api/v1/shops/s/cart/evaluate", json);
 * }
 * }</pre>
 */
public final class TestHost implements AutoCloseable {

    private final SalesCycleHost host;
    private final Path root;

    private TestHost(SalesCycleHost host, Path root) {
        this.host = host;
        this.root = root;
    }

    /** Starts a builder whose files live under the given (temporary) folder. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /** The running host, for what the HTTP API does not show (its runtime, its store). */
    public SalesCycleHost host() {
        return host;
    }

    /** A client for this host's port. */
    public ApiClient client() {
        return new ApiClient(host.baseUri());
    }

    /** The folder the host reads plugins from. */
    public Path pluginsDir() {
        return root.resolve("plugins");
    }

    @Override
    public void close() {
        host.stop();
    }

    /** Configures a {@link TestHost}. */
    public static final class Builder {
        private final Path root;
        private final List<Path> plugins = new ArrayList<>();
        private String config;
        private Clock clock = Clock.systemUTC();

        private Builder(Path root) {
            this.root = root;
        }

        /** A plugin jar or zip to put into the host's plugins folder. */
        public Builder plugin(Path jarOrZip) {
            plugins.add(jarOrZip);
            return this;
        }

        /** The operator config (YAML text); {@code host.port} is ignored, a free port is used. */
        public Builder config(String yaml) {
            this.config = yaml;
            return this;
        }

        /** The clock the host reads, such as a fixed or movable one for time-dependent tests. */
        public Builder clock(Clock fixed) {
            this.clock = fixed;
            return this;
        }

        /** Writes the files and starts the host; config errors surface as {@code ConfigException}. */
        public TestHost start() {
            try {
                Path pluginsDir = Files.createDirectories(root.resolve("plugins"));
                for (Path plugin : plugins) {
                    Files.copy(plugin, pluginsDir.resolve(plugin.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
                Path configFile = root.resolve("salescycle.yaml");
                Files.writeString(configFile, config);
                SalesCycleHost host = SalesCycleHost.builder().configFile(configFile).pluginsDir(pluginsDir)
                        .dataDir(root.resolve("data")).port(0).clock(clock).build();
                return new TestHost(host.start(), root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
