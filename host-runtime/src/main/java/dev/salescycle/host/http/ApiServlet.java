package dev.salescycle.host.http;

import dev.salescycle.host.access.Caller;
import dev.salescycle.host.access.ConsoleSessions;
import dev.salescycle.host.access.Gatekeeper;
import dev.salescycle.host.access.SecurityHeaders;
import dev.salescycle.host.config.ShopConfig;
import dev.salescycle.host.service.OrderRenderer;
import dev.salescycle.host.dispatch.RunningShops;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The v1 HTTP API: one table of routes, each declaring who may call it; every request is admitted by the
 * {@link Gatekeeper} (credential, origin, rate limit) before its route runs. Hook-running calls are answered
 * asynchronously: usually on the request thread as soon as the hooks return, but from a rescue thread when a
 * plugin overruns its budget. Unknown paths are a JSON 404; a known path with another method a 405 with
 * {@code Allow}; HEAD is answered wherever GET is.
 *
 * <p>Mounted at a prefix such as {@code /sales/*} in another server, it routes on the path inside the mount
 * ({@code /sales/api/v1/...} is {@code /api/v1/...}); the host's own server routes on the path inside its
 * context through {@link #serve}.
 */
public final class ApiServlet extends HttpServlet {

    private final transient Gatekeeper gate;
    private final transient RunningShops shops;
    private final transient RouteTable table = new RouteTable();

    public ApiServlet(Gatekeeper gate, RunningShops shops, ShopRoutes shopRoutes, CustomerRoutes customers, MailLinkRoutes mailLinks,
                      AdminRoutes admin, HostRoutes host) {
        this.gate = gate;
        this.shops = shops;
        shopRoutes.register(table);
        customers.register(table);
        mailLinks.register(table);
        admin.register(table);
        host.register(table);
        new SessionRoutes(gate).register(table);
        new ConsoleRoutes().register(table);
        new OpenApiRoutes().register(table);
        new SdkRoutes().register(table);
    }

    /** The route table itself, for the test that holds it against the OpenAPI description. */
    List<Route> routes() {
        return table.routes();
    }

    /** The renderer {@link dev.salescycle.host.service.OrderService} needs, so that stored answers are what this layer writes. */
    public static OrderRenderer orderRenderer() {
        return new JsonOrderRenderer();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    /**
     * Answers a request.
     *
     * @param contextRooted whether routes are found by the path inside the context (the host's own server) rather
     *                      than inside the servlet's mapping
     */
    public void serve(HttpServletRequest request, HttpServletResponse response, boolean contextRooted) throws IOException {
        SecurityHeaders.apply(response);
        try {
            String path = contextRooted ? MountPath.inContext(request) : MountPath.inMount(request);
            request.setAttribute(ConsoleSessions.MOUNT, MountPath.prefix(request, path));
            route(path, request, response);
        } catch (Throwable t) {
            Failures.write(response, t);
        }
    }

    private void route(String rawPath, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        String[] path = Paths.segments(rawPath);
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            options(path, request, response);
            return;
        }
        RouteTable.Match match = table.find(method, path);
        if (match == null) {
            throw new RequestException(404, "not_found", "no such resource: " + uri, null);
        }
        if (match.route() == null) {
            response.setHeader("Allow", match.allow() + ", OPTIONS");
            throw new RequestException(405, "method_not_allowed", "use " + match.allow() + " here", null);
        }
        Route route = match.route();
        String shopId = match.params().get("shop");
        ShopConfig shop = shopId == null ? null : shops.require(shopId).config();
        Caller caller = gate.admit(route.audience(), route.rate(), shop, gate.client(request), request, response);
        if (route.json()) {
            requireJson(request);
        }
        route.handler().handle(new Exchange(request, response, match.params(), Query.parse(request.getQueryString()), caller));
    }

    /** A CORS preflight (with {@code Access-Control-Request-Method}), or else the methods of the path. */
    private void options(String[] path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RouteTable.Match any = table.any(path);
        if (any == null) {
            throw new RequestException(404, "not_found", "no such resource: " + request.getRequestURI(), null);
        }
        if (request.getHeader("Access-Control-Request-Method") == null) {
            response.setHeader("Allow", any.allow() + ", OPTIONS");
            response.setStatus(204);
            return;
        }
        String shopId = any.params().get("shop");
        ShopConfig shop = shopId == null ? null : shops.require(shopId).config();
        gate.preflight(any.route().audience(), shop, any.allow(), request, response);
    }

    private static void requireJson(HttpServletRequest request) {
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return; // no body: the route says what it misses
        }
        String type = request.getContentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new RequestException(415, "unsupported_media_type", "the body must be JSON sent as"
                    + " Content-Type: application/json, got " + (type == null ? "none" : type), "Content-Type");
        }
    }
}
