package dev.salescycle.host;

import dev.salescycle.host.config.ConfigLoader;
import dev.salescycle.host.config.HostConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * The Salescycle host: loads plugins, binds them to shops as the config says, and serves the HTTP API.
 *
 * <pre>{@code
 * SalesCycleHost host = SalesCycleHost.builder().configFile(Path.of("salescycle.yaml")).build();
 * host.start();
 * }</pre>
 * To mount the API in a servlet container of your own, build without starting and register
 * {@link #servlet()} at {@code /*}.
 */
public final class SalesCycleHost implements AutoCloseable {

    private final HostRuntime runtime;
    private final HttpServer server;
    private final String bind;

    private SalesCycleHost(HostRuntime runtime, HttpServer server, String bind) {
        this.runtime = runtime;
        this.server = server;
        this.bind = bind;
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

    /** Stops the server, the plugins and the store. */
    public void stop() {
        server.stop();
        runtime.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The port the server listens on (the chosen one when configured as 0); -1 before start. */
    public int port() {
        return server.port();
    }

    /** {@code http://<bind address>:port/}, with 127.0.0.1 for a server bound to every interface. */
    public URI baseUri() {
        String host = bind.equals("0.0.0.0") || bind.equals("::") || bind.isBlank() ? "127.0.0.1" : bind;
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** The API servlet, to mount at {@code /*} in an existing servlet container instead of {@link #start()}. */
    public jakarta.servlet.http.HttpServlet servlet() {
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
            HostRuntime runtime = HostRuntime.start(loaded, configFile, plugins, data, clock, loader);
            int chosenPort = port != null ? port : loaded.host().port();
            var edge = loaded.host().edge();
            if (bind != null) {
                edge = new dev.salescycle.host.config.EdgeSettings(bind, edge.trustedProxies(), edge.allowPluginUpload(),
                        edge.rateLimits(), edge.idleTimeout(), edge.headerTimeout(), edge.minRequestDataRate(),
                        edge.maxConnections(), edge.leadConfirmWithin());
            }
            return new SalesCycleHost(runtime, new HttpServer(runtime.servlet(), chosenPort, edge, staticContent, servlets),
                    edge.bind());
        }
    }
}
