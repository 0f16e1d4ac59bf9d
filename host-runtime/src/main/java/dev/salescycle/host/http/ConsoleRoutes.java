package dev.salescycle.host.http;

import dev.salescycle.host.access.Audience;
import dev.salescycle.host.access.RateClass;
import java.io.IOException;

/**
 * Serves the operator console at {@code /console/}: plain files, no credential needed to fetch them (everything
 * they show comes from the admin API, which needs one), under a policy that lets them load only themselves.
 */
final class ConsoleRoutes {

    /** Scripts, styles and data from the host only; nothing inline, no eval, no forms posted, framed by nobody. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final StaticFiles files = new StaticFiles("console", "js|css|html|svg");

    void register(RouteTable table) {
        table.add(new Route("GET", "console", Audience.BROWSER, RateClass.NONE, false, this::index))
                .add(new Route("GET", "console/{file}", Audience.BROWSER, RateClass.NONE, false,
                        x -> serve(x, x.param("file"))));
    }

    private void index(Exchange x) throws IOException {
        if (!x.request().getRequestURI().endsWith("/")) {
            x.response().setHeader("Location", x.request().getRequestURI() + "/");
            Answers.bytes(x.response(), 308, "text/plain;charset=utf-8", new byte[0]);
            return;
        }
        serve(x, "index.html");
    }

    private void serve(Exchange x, String name) throws IOException {
        StaticFiles.File file = files.get(name);
        if (file == null) {
            throw new RequestException(404, "not_found", "the console has no file " + name, null);
        }
        var response = x.response();
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "no-cache");
        StaticFiles.send(x, file);
    }
}
