package dev.salescycle.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.salescycle.demo.sample.DemoApiClient;
import dev.salescycle.demo.sample.DemoApiException;
import dev.salescycle.demo.sample.PastOrderGenerator;
import dev.salescycle.demo.sample.SampleSeeder;
import dev.salescycle.demo.sample.SampleShops;
import dev.salescycle.host.SalesCycleHost;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * A running demo: the Salescycle host serving the storefront, with the demo shops seeded.
 * Start it with {@link #start(DemoSettings, PrintStream)}, stop it with {@link #close()}.
 */
public final class DemoServer implements AutoCloseable {

    /** Class-path folder of the storefront page, served at "/". */
    public static final String STOREFRONT = "storefront";

    private final SalesCycleHost host;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DemoServer(SalesCycleHost host) {
        this.host = host;
    }

    /**
     * Starts the host, seeds the sample shops and reports what it did on {@code out}.
     *
     * @throws DemoStartupException with a message for the operator if the host cannot start
     */
    public static DemoServer start(DemoSettings settings, PrintStream out) throws DemoStartupException {
        PreparedStart prepared = PreparedStart.check(settings);
        SalesCycleHost host = build(settings, prepared);
        try {
            host.start();
        } catch (Exception e) {
            stopQuietly(host);
            throw new DemoStartupException(StartupFailures.describe(e, prepared.port()));
        }
        DemoServer server = new DemoServer(host);
        server.report(settings, prepared, out);
        return server;
    }

    private static SalesCycleHost build(DemoSettings settings, PreparedStart prepared) throws DemoStartupException {
        var builder = SalesCycleHost.builder().configFile(prepared.config())
                .pluginsDir(settings.pluginsDir()).dataDir(settings.dataDir()).staticContent(STOREFRONT);
        if (settings.port() != null) {
            builder.port(settings.port());
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw new DemoStartupException(StartupFailures.describe(e, prepared.port()));
        }
    }

    private void report(DemoSettings settings, PreparedStart prepared, PrintStream out) {
        ObjectMapper json = new ObjectMapper();
        DemoApiClient api = new DemoApiClient(json, baseUri(), prepared.adminToken());
        out.println("Salescycle demo is running at " + baseUri());
        out.println("  config:  " + prepared.config() + (settings.config() == null ? " (bundled sample)" : ""));
        out.println("  plugins: " + settings.pluginsDir());
        out.println("  data:    " + settings.dataDir());
        try {
            new SampleSeeder(api, new SampleShops(json), new PastOrderGenerator(), Clock.systemUTC())
                    .seedAll().forEach(line -> out.println("  " + line));
            JsonNode failed = api.health().path("failedPlugins");
            if (!failed.isEmpty()) {
                out.println("  warning: plugins that failed to load: " + failed);
            }
        } catch (DemoApiException e) {
            out.println("  warning: sample data not loaded: " + e.getMessage());
        }
    }

    /** @return the base URI of the running host, such as {@code http://localhost:8080/} */
    public URI baseUri() {
        return host.baseUri();
    }

    /** @return the port the host listens on */
    public int port() {
        return host.port();
    }

    /** Blocks until {@link #close()} is called. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the host; calling it again does nothing. */
    @Override
    public void close() {
        if (stopped.getCount() > 0) {
            stopQuietly(host);
            stopped.countDown();
        }
    }

    private static void stopQuietly(SalesCycleHost host) {
        try {
            host.stop();
        } catch (Exception ignored) {
            // Nothing an operator could do about it while shutting down.
        }
    }
}
