package dev.salescycle.examples.jetty;

import dev.salescycle.host.SalesCycleHost;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An existing Jetty 12 application, its own pages at {@code /}, with Salescycle mounted at {@code /sales/*} in
 * the same context. It owns the host: it builds it, mounts its servlet, and closes it after its server stopped.
 */
public final class ShopApp implements AutoCloseable {

    /** Where the host's routes live in this app: {@code /sales/api/v1/...}, {@code /sales/console/}, ... */
    public static final String MOUNT = "/sales";

    private final Server server = new Server();
    private final ServerConnector connector;
    private final SalesCycleHost host;

    /**
     * @param config the Salescycle config file (its folder holds the plugins folder it names)
     * @param dataDir where the embedded database lives
     * @param port the port to listen on, 0 for any free one
     * @param publicBase the app's address as the outside reaches it, or null for {@code http://127.0.0.1:<port>/}
     * @param secrets looks up {@code ${NAME}} in the config (the environment, a vault, ...)
     */
    public ShopApp(Path config, Path dataDir, int port, URI publicBase, UnaryOperator<String> secrets) throws Exception {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // A customer's address in a path (GET /sales/api/v1/shops/{shop}/customers/{email}) may hold an encoded '/'.
        http.setUriCompliance(UriCompliance.DEFAULT.with("encoded separators in segments",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        connector.open(); // listening now, so that the public URL below can name the port
        URI base = publicBase != null ? publicBase : URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");

        host = SalesCycleHost.builder()
                .configFile(config)
                .dataDir(dataDir)
                .environment(secrets)
                .publicUrl(base.resolve(MOUNT.substring(1) + "/")) // links in mails point under the mount
                .build();                                          // plugins loaded, store open, config checked
        try {
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.getServletHandler().setDecodeAmbiguousURIs(true);
            context.addServlet(new ServletHolder("shop", new ShopPage()), "/");
            ServletHolder sales = new ServletHolder("salescycle", host.servlet());
            sales.setAsyncSupported(true); // a plugin past its budget is answered for from another thread
            context.addServlet(sales, MOUNT + "/*");
            server.setHandler(context);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    public ShopApp start() throws Exception {
        server.start();
        return this;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** Stops the server first, so that requests in flight end, then the host: its threads and its store. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server: " + e.getMessage(), e);
        } finally {
            host.close();
        }
    }

    /**
     * Runs the app: {@code java ... ShopApp <config file> <data folder> <port>}; secrets come from the environment
     * ({@code SALESCYCLE_ADMIN_TOKEN}, {@code CORNER_SHOP_API_KEY}).
     */
    public static void main(String[] args) throws Exception {
        ShopApp app = new ShopApp(Path.of(args.length > 0 ? args[0] : "salescycle/salescycle.yaml"),
                Path.of(args.length > 1 ? args[1] : "data"), args.length > 2 ? Integer.parseInt(args[2]) : 8080,
                null, System::getenv).start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shop-app-stop"));
        app.server.join();
    }
}
