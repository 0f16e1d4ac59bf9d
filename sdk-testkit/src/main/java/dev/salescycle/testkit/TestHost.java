package dev.salescycle.testkit;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * A real Salescycle host on a random port, with its own plugins folder and data folder in a temporary
 * directory, for tests that go through HTTP.
 *
 * <pre>{@code
 * try (TestHost host = TestHost.builder(tempDir).plugin(zip).config(yaml).start()) {
 *     ApiClient.Response r = host.client().post("/api/v1/shops/s/cart/evaluate", json);
 * }
 * }</pre>
 *
 * @since 1.0.0
 * @deprecated since 1.1.0: use {@link WithSalesCycleHost} (a host from the compiled classes in the test phase,
 *     with JSON answers) or {@link RunningHost} (the same host started by hand, also from packaged files)
 */
@Deprecated(since = "1.1.0")
public final class TestHost implements AutoCloseable {

    private final RunningHost host;

    private TestHost(RunningHost host) {
        this.host = host;
    }

    /** Starts a builder whose files live under the given (temporary) folder. */
    public static Builder builder(Path root) {
        return new Builder(root);
    }

    /**
     * The host's address, such as {@code http://127.0.0.1:41234/}.
     *
     * @since 1.1.0
     */
    public URI baseUri() {
        return host.baseUri();
    }

    /**
     * Waits until the plugins' queued lifecycle callbacks (such as {@code shopStarted} after an import) ran.
     *
     * @since 1.1.0
     */
    public void awaitPluginsIdle(Duration timeout) {
        host.awaitPluginsIdle(timeout);
    }

    /** A client for this host's port. */
    public ApiClient client() {
        return new ApiClient(host.baseUri());
    }

    /** The folder the host reads plugins from. */
    public Path pluginsDir() {
        return host.pluginsDir();
    }

    @Override
    public void close() {
        host.close();
    }

    /** Configures a {@link TestHost}. */
    public static final class Builder {
        private final RunningHost.Builder builder;

        private Builder(Path root) {
            this.builder = RunningHost.builder(root);
        }

        /** A plugin jar or zip to put into the host's plugins folder. */
        public Builder plugin(Path jarOrZip) {
            builder.plugin(jarOrZip);
            return this;
        }

        /** The operator config (YAML text); {@code host.port} is ignored, a free port is used. */
        public Builder config(String yaml) {
            builder.config(yaml);
            return this;
        }

        /** The clock the host reads, such as a fixed or movable one for time-dependent tests. */
        public Builder clock(Clock fixed) {
            builder.clock(fixed);
            return this;
        }

        /** Writes the files and starts the host; config errors surface as {@link HostStartException}. */
        public TestHost start() {
            return new TestHost(builder.start());
        }
    }
}
