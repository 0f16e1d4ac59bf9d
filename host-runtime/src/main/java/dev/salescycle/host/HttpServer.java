package dev.salescycle.host;

import dev.salescycle.host.http.ApiServlet;
import java.net.URL;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The embedded Jetty server: the API servlet, and optionally a static storefront at {@code /}. */
final class HttpServer {

    private final Server server;
    private final ServerConnector connector;

    HttpServer(ApiServlet api, int port, String staticContent) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("salescycle-http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder apiHolder = new ServletHolder("api", api);
        apiHolder.setAsyncSupported(true);
        context.addServlet(apiHolder, "/api/*");
        context.addServlet(apiHolder, "/health");
        context.addServlet(apiHolder, "/metrics");
        context.addServlet(apiHolder, "/admin/*");
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
        JsonErrorHandler errors = new JsonErrorHandler();
        context.setErrorHandler(errors);
        server.setErrorHandler(errors);
        server.setHandler(context);
        server.setStopTimeout(5000);
    }

    void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the HTTP server on port " + connector.getPort() + ": "
                    + e.getMessage(), e);
        }
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the HTTP server: " + e.getMessage(), e);
        }
    }

    int port() {
        return connector.getLocalPort();
    }
}
