package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.salescycle.host.store.ConflictException;
import dev.salescycle.host.store.StoreUnavailableException;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import dev.salescycle.host.dispatch.Pending;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The v1 HTTP API. Hook-running calls are answered asynchronously: usually on the request thread as soon
 * as the hooks return, but from a rescue thread when a plugin overruns its budget.
 */
public final class ApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final String PREFIX = "/api/v1/shops";

    private final transient HostApi api;
    private final transient ShopRoutes shopRoutes;
    private final transient AdminRoutes adminRoutes;

    public ApiServlet(HostApi api) {
        this.api = api;
        this.shopRoutes = new ShopRoutes(api);
        this.adminRoutes = new AdminRoutes(api);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            route(request, response);
        } catch (Throwable t) {
            fail(response, t);
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (path.equals("/health")) {
            require(method, "GET");
            HealthView.write(api, response);
        } else if (path.equals("/metrics")) {
            require(method, "GET");
            writeBytes(response, 200, "text/plain; version=0.0.4; charset=utf-8",
                    api.metrics().scrape().getBytes(StandardCharsets.UTF_8));
        } else if (path.equals(UnsubscribeRoute.PATH)) {
            new UnsubscribeRoute(api).handle(method, request, response);
        } else if (path.equals(TrackRoute.OPEN) || path.equals(TrackRoute.CLICK)) {
            new TrackRoute(api).handle(method, path.equals(TrackRoute.CLICK), request, response);
        } else if (path.startsWith("/admin/")) {
            adminRoutes.handle(method, path, request, response);
        } else if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
            require(method, "GET");
            ArrayNode shops = Json.MAPPER.createArrayNode();
            api.shops().all().values().forEach(s -> shops.addObject().put("id", s.id())
                    .put("currency", s.config().currency().getCurrencyCode())
                    .set("plugins", Json.MAPPER.valueToTree(s.contexts().keySet())));
            writeJson(response, 200, shops);
        } else if (path.startsWith(PREFIX + "/")) {
            String[] parts = path.substring(PREFIX.length() + 1).split("/", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
            }
            shopRoutes.handle(method, parts, request, response);
        } else {
            throw new RequestException(404, "not_found", "no such resource: " + path, null);
        }
    }

    static void require(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new RequestException(405, "method_not_allowed", "use " + allowed + " here", null);
        }
    }

    static void writeJson(HttpServletResponse response, int status, Object body) throws IOException {
        writeBytes(response, status, "application/json;charset=utf-8", Json.MAPPER.writeValueAsBytes(body));
    }

    static void writeRaw(HttpServletResponse response, int status, String json) throws IOException {
        writeBytes(response, status, "application/json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a whole answer with its length and closes the stream. Closing matters: when a plugin overran
     * its budget the answer is written from a rescue thread while the request thread is still stuck in the
     * plugin, and the client must get the whole answer now, not when the stuck call returns.
     */
    static void writeBytes(HttpServletResponse response, int status, String contentType, byte[] bytes) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        var out = response.getOutputStream();
        out.write(bytes);
        out.close();
    }

    /**
     * Starts the pending hook run and answers when it completes, from whichever thread completes it. The
     * request goes async and the answer is attached before the run starts, so that a rescue thread can answer
     * while the request thread is still stuck in a plugin.
     */
    static <T> void answerAsync(HttpServletRequest request, HttpServletResponse response, Pending<T> pending,
                                Answer<T> answer) {
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        Thread requestThread = Thread.currentThread();
        pending.result().whenComplete((value, error) -> {
            try {
                if (Thread.currentThread() != requestThread) {
                    // The request thread may still be stuck in a plugin, holding this connection: don't let the client reuse it.
                    response.setHeader("Connection", "close");
                }
                if (error != null) {
                    fail(response, error);
                } else {
                    answer.write(value);
                }
            } catch (Throwable t) {
                LOG.warn("Could not write an answer: {}", t.toString());
            } finally {
                async.complete();
            }
        });
        pending.start();
    }

    /** Writes a value as the answer. */
    @FunctionalInterface
    interface Answer<T> {
        void write(T value) throws IOException;
    }

    static void fail(HttpServletResponse response, Throwable t) throws IOException {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof RequestException e) {
            ErrorBodies.write(response, e.status(), e.code(), e.getMessage(), e.field());
        } else if (cause instanceof StoreUnavailableException) {
            response.setHeader("Retry-After", "5");
            ErrorBodies.write(response, 503, "store_unavailable", "the database is not reachable; try again shortly", null);
        } else if (cause instanceof ConflictException) {
            LOG.warn("A write kept losing races with concurrent writes: {}", cause.getMessage());
            response.setHeader("Retry-After", "1");
            ErrorBodies.write(response, 503, "store_busy", "concurrent changes to the same data; try again", null);
        } else {
            LOG.error("Unexpected failure answering a request", cause);
            ErrorBodies.write(response, 500, "internal_error", "the host failed to answer; the failure is logged", null);
        }
    }
}
