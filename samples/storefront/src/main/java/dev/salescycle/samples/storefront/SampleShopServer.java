package dev.salescycle.samples.storefront;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.net.URI;
import java.net.URL;
import java.util.EnumSet;

/**
 * The sample shop's server: its static pages (under {@code site/} on the class path) with their policy, and
 * {@code POST /checkout}. Run it with {@link #main}; stop it with {@link #close()}.
 */
public final class SampleShopServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private SampleShopServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts the server.
     *
     * @throws IllegalStateException when it cannot listen
     */
    public static SampleShopServer start(SampleShopSettings settings) {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        URL site = SampleShopServer.class.getClassLoader().getResource("site");
        context.setBaseResource(ResourceFactory.of(context).newResource(site));
        ObjectMapper json = new ObjectMapper();
        context.addServlet(new ServletHolder("checkout", new CheckoutServlet(json, Catalogue.load(json),
                new HostOrders(settings.salescycle(), settings.shop(), settings.apiKey()))), "/checkout");
        ServletHolder pages = new ServletHolder("pages", new PageServlet(settings::hostBase));
        context.addServlet(pages, "*.html");
        context.addServlet(pages, "");
        ServletHolder files = new ServletHolder("files", DefaultServlet.class);
        files.setInitParameter("dirAllowed", "false");
        context.addServlet(files, "/");
        context.addFilter(new FilterHolder(new SitePolicy(settings::hostOrigin)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.setStopTimeout(2000);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the sample shop on " + settings.bind() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        return new SampleShopServer(server, connector);
    }

    /** @return where the shop's pages are, such as {@code http://127.0.0.1:8081/} */
    public URI baseUri() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    /** Stops the server. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the sample shop: " + e.getMessage(), e);
        }
    }

    /** Starts the shop with the settings of the environment (see {@link SampleShopSettings#fromEnvironment}). */
    public static void main(String[] args) throws InterruptedException {
        SampleShopSettings settings;
        try {
            settings = SampleShopSettings.fromEnvironment(System::getenv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SampleShopServer shop = start(settings);
        System.out.println("Sample storefront at " + shop.baseUri() + " selling for shop " + settings.shop()
                + " on " + settings.salescycle().get());
        System.out.println("  the shop's allowedOrigins on the host must list " + shop.baseUri().toString()
                .replaceAll("/$", ""));
        Runtime.getRuntime().addShutdownHook(new Thread(shop::close));
        shop.server.join();
    }
}
