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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A running demo: the Salescycle host serving the storefront, with the demo shops seeded.
 * Start it with {@link #start(DemoSettings, PrintStream)}, stop it with {@link #close()}.
 */
public final class DemoServer implements AutoCloseable {

    /** Class-path folder of the storefront page, served at "/". */
    public static final String STOREFRONT = "storefront";

    private final SalesCycleHost host;
    private final DemoApiClient api;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DemoServer(SalesCycleHost host, DemoApiClient api) {
        this.host = host;
        this.api = api;
    }

    /**
     * Starts the host, seeds the sample shops and reports what it did on {@code out}.
     *
     * @throws DemoStartupException with a message for the operator if the host cannot start
     */
    public static DemoServer start(DemoSettings settings, PrintStream out) throws DemoStartupException {
        DemoSecrets secrets = new DemoSecrets(System::getenv);
        PreparedStart prepared = PreparedStart.check(settings, secrets);
        Map<String, String> keys = new LinkedHashMap<>();
        prepared.parsed().shops().keySet().forEach(shop -> keys.put(shop, secrets.apply(keyVariable(shop))));
        AtomicReference<SalesCycleHost> started = new AtomicReference<>();
        SalesCycleHost host = build(settings, prepared, secrets,
                new DemoCheckout(prepared.parsed(), keys, () -> started.get().baseUri()));
        started.set(host);
        try {
            host.start();
        } catch (Exception e) {
            stopQuietly(host);
            throw new DemoStartupException(StartupFailures.describe(e, prepared.port()));
        }
        DemoServer server = new DemoServer(host, new DemoApiClient(new ObjectMapper(), host.baseUri(),
                prepared.parsed().host().adminToken(), keys));
        server.report(settings, prepared, secrets, keys, out);
        return server;
    }

    /** The variable naming a shop's API key in the demo's config: {@code demo-coffee} has {@code DEMO_COFFEE_API_KEY}. */
    static String keyVariable(String shopId) {
        return shopId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_API_KEY";
    }

    private static SalesCycleHost build(DemoSettings settings, PreparedStart prepared, DemoSecrets secrets,
                                        DemoCheckout checkout) throws DemoStartupException {
        var builder = SalesCycleHost.builder().configFile(prepared.config()).environment(secrets)
                .pluginsDir(settings.pluginsDir()).dataDir(settings.dataDir()).staticContent(STOREFRONT)
                .servlet("/demo/*", checkout);
        if (settings.port() != null) {
            builder.port(settings.port());
        }
        if (settings.bind() != null) {
            builder.bind(settings.bind());
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw new DemoStartupException(StartupFailures.describe(e, prepared.port()));
        }
    }

    private void report(DemoSettings settings, PreparedStart prepared, DemoSecrets secrets, Map<String, String> keys,
                        PrintStream out) {
        ObjectMapper json = new ObjectMapper();
        out.println("Salescycle demo is running at " + baseUri());
        if (secrets.generated(DemoSecrets.ADMIN_TOKEN)) {
            out.println("  admin token:  " + prepared.parsed().host().adminToken()
                    + "  (generated for this run; set " + DemoSecrets.ADMIN_TOKEN + " to choose one)");
        }
        keys.forEach((shop, key) -> {
            if (secrets.generated(keyVariable(shop))) {
                out.println("  " + shop + " API key:  " + key + "  (generated; set " + keyVariable(shop) + " to choose one)");
            }
        });
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

    /** A client of the running host with the demo's admin token and shop keys (what the demo's own server holds). */
    public DemoApiClient api() {
        return api;
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
