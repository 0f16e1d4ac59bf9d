package dev.salescycle.bench.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The ceiling: Jetty with the host's thread pool and an ee10 servlet context, serving {@code POST /cart}
 * with {@link BareCartServlet} and {@code GET /health}. Arguments: {@code [--port N] [--answer-bytes B] [--async]};
 * prints {@code ready PORT}, then obeys {@link Commands}.
 */
public final class BareServer {

    private BareServer() {
    }

    public static void main(String[] args) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("bare-http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(Commands.intArg(args, "--port", 0));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        boolean async = java.util.Arrays.asList(args).contains("--async");
        int answerBytes = Commands.intArg(args, "--answer-bytes", 1200);
        ServletHolder cart = new ServletHolder("cart", new BareCartServlet(answerBytes, async));
        cart.setAsyncSupported(async);
        context.addServlet(cart, "/cart");
        context.addServlet(new ServletHolder("health", new Health()), "/health");
        server.setHandler(context);
        server.start();
        System.out.println("ready " + connector.getLocalPort());
        System.out.flush();
        Commands.serve(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** {@code 200 {"status":"UP"}}. */
    static final class Health extends HttpServlet {
        private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("application/json;charset=utf-8");
            response.setContentLength(UP.length);
            response.getOutputStream().write(UP);
        }
    }
}
