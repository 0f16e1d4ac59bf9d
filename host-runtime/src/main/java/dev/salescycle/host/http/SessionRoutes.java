package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.ConsoleSessions;
import dev.salescycle.host.access.Gatekeeper;
import dev.salescycle.host.access.RateClass;
import java.io.IOException;

/**
 * The console's sign-in and sign-out: {@code POST /admin/session} exchanges the admin token for a session cookie
 * and answers the session's CSRF token; {@code GET /admin/session} answers the token again (a reloaded page
 * keeps it in memory only), or {@code signedIn: false} to a request without any credential; {@code DELETE /admin/session} signs out on every host.
 */
final class SessionRoutes {

    private static final String PATH = "admin/session";
    private static final int MAX_BODY = 4096;

    private final Gatekeeper gate;

    SessionRoutes(Gatekeeper gate) {
        this.gate = gate;
    }

    void register(RouteTable table) {
        table.add(new Route("POST", PATH, Audience.BROWSER, RateClass.BROWSER, true, this::signIn))
                .add(new Route("GET", PATH, Audience.BROWSER, RateClass.BROWSER, false, this::current))
                .add(new Route("DELETE", PATH, Audience.OPERATOR, RateClass.NONE, false, this::signOut));
    }

    private void signIn(Exchange x) throws IOException {
        JsonNode body = Fields.object(Bodies.json(Bodies.read(x.request(), MAX_BODY)), "");
        String token = Fields.text(body, "token", "token");
        ConsoleSessions.Opened opened = gate.signIn(gate.client(x.request()), token, x.request());
        x.response().addHeader("Set-Cookie", opened.setCookie());
        Answers.json(x.response(), 200, Views.object().put("csrfToken", opened.csrf())
                .put("expiresAt", opened.expires().toString()).put("idleMinutes", ConsoleSessions.IDLE.toMinutes()));
    }

    /** Without any credential a plain "not signed in" (a console page opening is no guess); else as any operator route. */
    private void current(Exchange x) throws IOException {
        var request = x.request();
        if (request.getHeader("Authorization") == null && ConsoleSessions.presented(request) == null) {
            Answers.json(x.response(), 200, Views.object().put("signedIn", false));
            return;
        }
        gate.admit(Audience.OPERATOR, RateClass.NONE, null, gate.client(request), request, x.response());
        ConsoleSessions.Current session = gate.session(request);
        Answers.json(x.response(), 200, Views.object().put("signedIn", true)
                .put("csrfToken", session == null ? null : session.csrf())
                .put("expiresAt", session == null ? null : session.expires().toString())
                .put("idleMinutes", ConsoleSessions.IDLE.toMinutes()));
    }

    private void signOut(Exchange x) throws IOException {
        gate.signOut(x.request(), x.response());
        Answers.json(x.response(), 200, Views.object().put("signedOut", true));
    }
}
