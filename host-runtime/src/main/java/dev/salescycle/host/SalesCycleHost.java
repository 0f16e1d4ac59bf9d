package dev.salescycle.host;

import dev.salescycle.host.config.ConfigException;
import dev.salescycle.host.config.ConfigLoader;
import dev.salescycle.host.config.HostConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Salescycle host: loads plugins, binds them to shops as the config says, and serves the HTTP API.
 *
 * <p>On its own server:
 * <pre>{@code
 * try (SalesCycleHost host = SalesCycleHost.builder().configFile(Path.of("salescycle.yaml")).build().start()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Mounted in a servlet container of your own: build without starting, and register {@link #servlet()} at a
 * prefix such as {@code /sales/*} (or at {@code /*} of a context of its own), with async support on. Links the
 * host puts in mails then need {@code host.publicUrl} (or {@link Builder#publicUrl(URI)}), the address the mount is
 * reached at from outside. Stop your server first, so that requests in flight end, then {@link #close()} the host:
 * stopping the server alone leaves the host's threads running and its store open.
 * <pre>{@code
 * SalesCycleHost host = SalesCycleHost.builder().configFile(Path.of("salescycle.yaml"))
 *         .publicUrl(URI.create("https://shop.example.com/sales/")).build();
 * ServletHolder holder = new ServletHolder("salescycle", host.servlet());
 * holder.setAsyncSupported(true);
 * context.addServlet(holder, "/sales/*");
 * server.start();
 * ...
 * server.stop();
 * host.close();
 * }</pre>
 */
public final class SalesCycleHost implements AutoCloseable {

    private final HostRuntime runtime;
    private final HttpServer server;
    private final String bind;
    private final String configSource;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SalesCycleHost(HostRuntime runtime, HttpServer server, String bind, String configSource) {
        this.runtime = runtime;
        this.server = server;
        this.bind = bind;
        this.configSource = configSource;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the HTTP server; the plugins and store are ready once {@link Builder#build()} returned. */
    public SalesCycleHost start() {
        server.start();
        runtime.retention().links().listeningAt(baseUri());
        return this;
    }

    /** The same as {@link #close()}. */
    public void stop() {
        close();
    }

    /**
     * Stops the host's own server (when started), the plugins, the retention scheduler and every other thread of
     * the host, and closes the store. A second call does nothing. A host mounted in another server is closed after
     * that server stopped: the servlet's {@code destroy()} closes nothing, since the host belongs to whoever built it.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.stop();
        } finally {
            runtime.close();
        }
    }

    /** The port the host's own server listens on (the chosen one when configured as 0); -1 unless started. */
    public int port() {
        return server.port();
    }

    /**
     * Where the host's own server is reached: {@code http://<bind address>:port/}, with 127.0.0.1 for a server
     * bound to every interface.
     *
     * @throws IllegalStateException unless the host was started with {@link #start()} and is not closed: a host
     *                               mounted in another server is reached where that server mounted it
     */
    public URI baseUri() {
        int port = port();
        if (port <= 0) {
            throw new IllegalStateException("baseUri() is the address of the host's own server, which is "
                    + (closed.get() ? "closed" : "not started: call start() first, or mount servlet() in your own server,"
                    + " where the host is reached at its host.publicUrl"));
        }
        String host = bind.equals("0.0.0.0") || bind.equals("::") || bind.isBlank() ? "127.0.0.1" : bind;
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/");
    }

    /**
     * The API servlet, to mount in an existing servlet container instead of {@link #start()}: at a prefix such as
     * {@code /sales/*}, or at {@code /*} of a context of its own, with async support on (a plugin that overruns
     * its budget is answered for from another thread). Every route of docs/http-api.md is then under the mount:
     * {@code /sales/api/v1/...}, {@code /sales/health}, {@code /sales/metrics}, {@code /sales/admin/...},
     * {@code /sales/console/}, {@code /sales/sdk/v1/salescycle.js}.
     *
     * @throws dev.salescycle.host.config.ConfigException when {@code host.publicUrl} is not set (in the config
     *         file or with {@link Builder#publicUrl(URI)}): links in mails must point at the mount, which the host
     *         cannot know
     */
    public jakarta.servlet.http.HttpServlet servlet() {
        if (!runtime.retention().links().configured()) {
            throw new ConfigException("host.publicUrl: required when the host is mounted in another server, so that"
                    + " links in mails (unsubscribe, consent confirmation, open and click tracking) and to the preference"
                    + " page point at the mount;"
                    + " set it to the address the servlet's mapping is reached at from outside, such as"
                    + " https://shop.example.com/sales/ (" + configSource + ", or SalesCycleHost.Builder.publicUrl)",
                    "host.publicUrl");
        }
        return runtime.servlet();
    }

    /**
     * The running parts (config, plugins, shops, store) for the host's own tests and tools. Not API: the types
     * it leads to live in the host's internal packages and change in any release.
     */
    public HostRuntime runtime() {
        return runtime;
    }

    /** Configures a host. */
    public static final class Builder {
        private Path configFile;
        private HostConfig config;
        private Path pluginsDir;
        private Path dataDir;
        private Integer port;
        private Clock clock = Clock.systemUTC();
        private String staticContent;
        private String bind;
        private java.util.function.UnaryOperator<String> environment = System::getenv;
        private final java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets = new java.util.LinkedHashMap<>();
        private URI publicUrl;

        private Builder() {
        }

        /**
         * Where {@code ${NAME}} in the config file is looked up, at start and when the file changes: the process
         * environment unless set (the demo adds the secrets it generates).
         */
        public Builder environment(java.util.function.UnaryOperator<String> lookup) {
            this.environment = Objects.requireNonNull(lookup);
            return this;
        }

        /** Overrides {@code host.bind}: the address to listen on, such as 0.0.0.0 for every interface. */
        public Builder bind(String address) {
            this.bind = address;
            return this;
        }

        /**
         * A servlet of the embedding mounted beside the API (the demo's checkout), at a path spec such as
         * {@code /demo/*}; its answers get the host's security headers too.
         */
        public Builder servlet(String pathSpec, jakarta.servlet.http.HttpServlet servlet) {
            servlets.put(pathSpec, servlet);
            return this;
        }

        /** The operator's YAML file; relative {@code pluginsDir} and data paths resolve against its folder. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** An already loaded config (instead of {@link #configFile}); for the host's own tests. */
        Builder config(HostConfig loaded) {
            this.config = loaded;
            return this;
        }

        /**
         * Overrides {@code host.publicUrl}: where the host is reached from outside, the base of the links in mails.
         * Mounted in another server, the address of the mount, such as {@code https://shop.example.com/sales/}.
         *
         * @throws IllegalArgumentException unless an absolute http or https URL without query or fragment
         */
        public Builder publicUrl(URI url) {
            if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null
                    || url.getRawQuery() != null || url.getRawFragment() != null) {
                throw new IllegalArgumentException("publicUrl: expected an http or https URL without query or fragment,"
                        + " such as https://shop.example.com/sales/, got " + url);
            }
            this.publicUrl = url;
            return this;
        }

        /** Overrides {@code host.pluginsDir}. */
        public Builder pluginsDir(Path dir) {
            this.pluginsDir = dir;
            return this;
        }

        /** Where the embedded database lives when {@code host.store} is not set. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** Overrides {@code host.port}; 0 picks a free port. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** The clock the host and its plugins use. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** A classpath folder served at {@code /} (a storefront), or null for none. */
        public Builder staticContent(String classpathFolder) {
            this.staticContent = classpathFolder;
            return this;
        }

        /**
         * Loads the config and plugins, opens the store and binds the shops.
         *
         * @throws dev.salescycle.host.config.ConfigException when the config or a shop's plugin settings are wrong
         */
        public SalesCycleHost build() {
            ConfigLoader loader = new ConfigLoader(environment);
            HostConfig loaded = config != null ? config : loader.load(Objects.requireNonNull(configFile,
                    "configFile or config is required"));
            Path base = configFile == null ? Path.of(".") : configFile.toAbsolutePath().getParent();
            Path plugins = pluginsDir != null ? pluginsDir : base.resolve(loaded.host().pluginsDir());
            Path data = dataDir != null ? dataDir : base.resolve("data");
            HostRuntime runtime = HostRuntime.start(loaded, configFile, plugins, data, clock, loader,
                    publicUrl == null ? null : publicUrl.toString());
            int chosenPort = port != null ? port : loaded.host().port();
            var edge = loaded.host().edge();
            if (bind != null) {
                edge = new dev.salescycle.host.config.EdgeSettings(bind, edge.trustedProxies(), edge.allowPluginUpload(),
                        edge.rateLimits(), edge.idleTimeout(), edge.headerTimeout(), edge.minRequestDataRate(),
                        edge.maxConnections(), edge.leadConfirmWithin());
            }
            return new SalesCycleHost(runtime, new HttpServer(runtime.servlet(), chosenPort, edge, staticContent, servlets),
                    edge.bind(), configFile != null ? configFile.getFileName().toString() : "the config");
        }
    }
}
