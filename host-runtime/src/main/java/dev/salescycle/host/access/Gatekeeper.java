package dev.salescycle.host.access;

import dev.salescycle.host.admin.AdminToken;
import dev.salescycle.host.config.EdgeSettings;
import dev.salescycle.host.config.ShopConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Admits a request to a route or turns it away: the credential its audience needs (a shop's API key, the
 * admin token, or none), the shop's CORS allowlist, the rate limits, and backoff after wrong credentials.
 */
public final class Gatekeeper {

    private static final int MAX_CLIENTS = 100_000;
    private static final String SESSION = "dev.salescycle.console.session";

    private final AdminToken admin;
    private final ClientAddress clients;
    private final AuthBackoff backoff = new AuthBackoff();
    private final Limiter hostBrowser;
    private final boolean hostLimited;
    private final Map<String, ShopGate> gates = new ConcurrentHashMap<>();
    private final ConsoleSessions sessions;

    public Gatekeeper(AdminToken admin, EdgeSettings edge) {
        this(admin, edge, ConsoleSessions.off());
    }

    /** @param sessions the console's sessions, which the operator's routes take as well as the admin token */
    public Gatekeeper(AdminToken admin, EdgeSettings edge, ConsoleSessions sessions) {
        this.admin = admin;
        this.sessions = sessions;
        this.clients = new ClientAddress(edge.trustedProxies());
        this.hostLimited = edge.rateLimits().enabled();
        this.hostBrowser = new Limiter(edge.rateLimits().browserPerClient(), null, MAX_CLIENTS);
    }

    /** The request's client address (see {@link ClientAddress}). */
    public String client(HttpServletRequest request) {
        return clients.of(request);
    }

    /**
     * Admits the request or throws {@link AccessException}.
     *
     * @param shop the shop the route belongs to, or null
     * @param client the client address
     */
    public Caller admit(Audience audience, RateClass rate, ShopConfig shop, String client, HttpServletRequest request,
                        HttpServletResponse response) {
        ShopGate gate = shop == null ? null : gate(shop);
        String authorization = request.getHeader("Authorization");
        return switch (audience) {
            case OPERATOR -> authorization == null && ConsoleSessions.presented(request) != null
                    ? session(client, request, response) : operator(client, authorization, response);
            case SHOP_SERVER -> server(gate, shop, client, authorization, response);
            case SHOP_SERVER_OR_OPERATOR -> authorization == null && ConsoleSessions.presented(request) != null
                    ? session(client, request, response) : serverOrOperator(gate, shop, client, authorization, response);
            case BROWSER -> authorization != null && gate != null ? server(gate, shop, client, authorization, response)
                    : browser(gate, rate, client, request, response);
        };
    }

    private Caller browser(ShopGate gate, RateClass rate, String client, HttpServletRequest request,
                           HttpServletResponse response) {
        if (gate != null) {
            response.setHeader("Vary", "Origin");
            String origin = request.getHeader("Origin");
            if (origin != null && !sameOrigin(origin, request)) {
                if (!gate.origins.contains(origin)) {
                    throw new AccessException(403, "origin_not_allowed", "origin " + origin
                            + " is not among this shop's allowedOrigins", Map.of("Vary", "Origin"));
                }
                response.setHeader("Access-Control-Allow-Origin", origin);
            }
            if (gate.limited && rate != RateClass.NONE) {
                gate.limiter(rate).take(client, response);
            }
        } else if (hostLimited && rate != RateClass.NONE) {
            hostBrowser.take(client, response);
        }
        return Caller.BROWSER;
    }

    private Caller server(ShopGate gate, ShopConfig shop, String client, String authorization, HttpServletResponse response) {
        backoff.check(client);
        if (gate != null && Digests.matchesAny(Bearer.token(authorization), gate.keys)) {
            backoff.succeeded(client);
            return Caller.SHOP_SERVER;
        }
        backoff.failed(client);
        throw unauthorized(shop == null ? "this route takes no credential"
                : gate.keys.length == 0 ? "shop " + shop.id() + " has no API keys: set shops." + shop.id() + ".apiKeys in the config"
                : "this route needs the header Authorization: Bearer <an API key of shop " + shop.id() + ">");
    }

    private Caller operator(String client, String authorization, HttpServletResponse response) {
        backoff.check(client);
        if (admin.accepts(authorization)) {
            backoff.succeeded(client);
            return Caller.OPERATOR;
        }
        backoff.failed(client);
        throw unauthorized(admin.enabled() ? "this route needs the header Authorization: Bearer <host.adminToken>"
                : "the admin API is off: set host.adminToken in the config");
    }

    private Caller session(String client, HttpServletRequest request, HttpServletResponse response) {
        backoff.check(client);
        try {
            request.setAttribute(SESSION, sessions.admit(ConsoleSessions.presented(request), request, response));
        } catch (AccessException e) {
            if (e.status() == 401) {
                backoff.failed(client);
            }
            throw e;
        }
        backoff.succeeded(client);
        return Caller.OPERATOR;
    }

    /**
     * Exchanges the admin token typed into the console for a session, throttled like a wrong token in
     * {@code Authorization}; a sign-in that a browser says comes from another origin is refused.
     */
    public ConsoleSessions.Opened signIn(String client, String token, HttpServletRequest request) {
        ConsoleSessions.requireSameOrigin(request);
        backoff.check(client);
        if (!sessions.enabled()) {
            throw new AccessException(401, "unauthorized", "the admin API and console are off: set host.adminToken in"
                    + " the config", Map.of());
        }
        if (admin.matches(token)) {
            backoff.succeeded(client);
            return sessions.open(request);
        }
        backoff.failed(client);
        throw new AccessException(401, "unauthorized", "that is not the admin token", Map.of());
    }

    /** The console session an admitted request came with, or null when it showed the admin token instead. */
    public ConsoleSessions.Current session(HttpServletRequest request) {
        return (ConsoleSessions.Current) request.getAttribute(SESSION);
    }

    /** Signs the request's console session out on every host; nothing to do for a request with the token. */
    public void signOut(HttpServletRequest request, HttpServletResponse response) {
        ConsoleSessions.Current current = session(request);
        if (current != null) {
            sessions.close(current, request, response);
        }
    }

    private Caller serverOrOperator(ShopGate gate, ShopConfig shop, String client, String authorization,
                                    HttpServletResponse response) {
        backoff.check(client);
        String token = Bearer.token(authorization);
        if (gate != null && Digests.matchesAny(token, gate.keys)) {
            backoff.succeeded(client);
            return Caller.SHOP_SERVER;
        }
        if (admin.accepts(authorization)) {
            backoff.succeeded(client);
            return Caller.OPERATOR;
        }
        backoff.failed(client);
        throw unauthorized("this route needs the header Authorization: Bearer <an API key of shop " + shop.id()
                + " or host.adminToken>");
    }

    /**
     * Answers a CORS preflight: allowed only for a shop's browser routes, from one of its origins, for the
     * route's methods and the headers {@code Content-Type} and {@code Accept}.
     *
     * @param allow the methods the path takes
     */
    public void preflight(Audience audience, ShopConfig shop, String allow, HttpServletRequest request,
                          HttpServletResponse response) {
        response.setHeader("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        String origin = request.getHeader("Origin");
        String method = request.getHeader("Access-Control-Request-Method");
        if (audience != Audience.BROWSER || shop == null) {
            throw corsRefused("only a shop's browser routes may be called from another origin; this route is for "
                    + (audience == Audience.OPERATOR ? "the operator" : "the shop's server"));
        }
        if (origin == null || !gate(shop).origins.contains(origin)) {
            throw corsRefused("origin " + origin + " is not among this shop's allowedOrigins");
        }
        if (method == null || !(", " + allow + ",").contains(", " + method + ",")) {
            throw corsRefused("method " + method + " is not allowed here; allowed: " + allow);
        }
        String headers = request.getHeader("Access-Control-Request-Headers");
        if (headers != null) {
            for (String header : headers.split(",")) {
                String h = header.strip();
                if (!h.isEmpty() && !h.equalsIgnoreCase("content-type") && !h.equalsIgnoreCase("accept")) {
                    throw corsRefused("header " + h + " is not allowed; allowed: Content-Type, Accept");
                }
            }
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Methods", allow);
        response.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(204);
    }

    private ShopGate gate(ShopConfig shop) {
        ShopGate gate = gates.get(shop.id());
        if (gate == null || gate.access != shop.access()) {
            gate = new ShopGate(shop.access());
            gates.put(shop.id(), gate);
        }
        return gate;
    }

    static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null && origin.length() == request.getScheme().length() + 3 + host.length()
                && origin.startsWith(request.getScheme()) && origin.startsWith("://", request.getScheme().length())
                && origin.endsWith(host);
    }

    private static AccessException unauthorized(String message) {
        return new AccessException(401, "unauthorized", message, Map.of("WWW-Authenticate", "Bearer"));
    }

    private static AccessException corsRefused(String message) {
        return new AccessException(403, "cors_refused", message, Map.of());
    }
}
