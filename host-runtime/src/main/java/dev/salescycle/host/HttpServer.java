package dev.salescycle.host;

import dev.salescycle.host.access.SecurityHeaders;
import dev.salescycle.host.config.EdgeSettings;
import dev.salescycle.host.http.ApiServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URL;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded Jetty server: the API servlet, optionally a static storefront at {@code /} and servlets of the
 * embedding (the demo's checkout); listening on {@code host.bind} (loopback unless told otherwise), without a
 * version in {@code Server}, with limits against slow clients and too many connections.
 */
final class HttpServer {

    /** The storefront's policy: scripts, styles and images from the host only, nothing inline, framed by nobody. */
    static final String STOREFRONT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Server server;
    private final ServerConnector connector;
    private final HeaderDeadline headers;

    HttpServer(ApiServlet api, int port, EdgeSettings edge, String staticContent, Map<String, HttpServlet> extra) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("salescycle-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // A customer's address may hold '/' or '%': sent encoded in one path segment, it stays one segment.
        http.setUriCompliance(UriCompliance.DEFAULT.with("encoded separators in segments",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(edge.bind());
        connector.setPort(port);
        connector.setIdleTimeout(edge.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(edge.maxConnections(), connector));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.getServletHandler().setDecodeAmbiguousURIs(true);
        ServletHolder apiHolder = new ServletHolder("api", new ContextRootedApi(api));
        apiHolder.setAsyncSupported(true);
        context.addServlet(apiHolder, "/api/*");
        context.addServlet(apiHolder, "/health");
        context.addServlet(apiHolder, "/metrics");
        context.addServlet(apiHolder, "/admin/*");
        context.addServlet(apiHolder, "/console/*");
        context.addServlet(apiHolder, "/sdk/*");
        extra.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        if (staticContent != null) {
            URL root = HttpServer.class.getClassLoader().getResource(staticContent);
            if (root == null) {
                throw new IllegalArgumentException("static content folder '" + staticContent + "' is not on the classpath");
            }
            context.setBaseResource(ResourceFactory.of(context).newResource(root));
            ServletHolder files = new ServletHolder("storefront", DefaultServlet.class);
            files.setInitParameter("dirAllowed", "false");
            context.addServlet(files, "/");
        }
        Filter pageHeaders = (request, response, chain) -> {
            HttpServletResponse answer = (HttpServletResponse) response;
            SecurityHeaders.apply(answer);
            answer.setHeader("Content-Security-Policy", STOREFRONT_POLICY);
            answer.setHeader("Cache-Control", "no-cache");
            chain.doFilter(request, response);
        };
        context.addFilter(new FilterHolder(pageHeaders), "/*", EnumSet.of(DispatcherType.REQUEST));
        JsonErrorHandler errors = new JsonErrorHandler();
        context.setErrorHandler(errors);
        server.setErrorHandler(errors);
        headers = new HeaderDeadline(edge.headerTimeout(), new MinimumRequestRate(edge.minRequestDataRate(), context));
        connector.addEventListener(headers);
        server.setHandler(headers);
        server.setStopTimeout(5000);
    }

    void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the HTTP server on " + connector.getHost() + ":"
                    + connector.getPort() + ": " + e.getMessage(), e);
        }
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the HTTP server: " + e.getMessage(), e);
        } finally {
            headers.close();
        }
    }

    int port() {
        return connector.getLocalPort();
    }
}
