package dev.salescycle.host;

import dev.salescycle.host.http.ApiServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API as the host's own server mounts it: at {@code /api/*}, {@code /admin/*}, {@code /console/*},
 * {@code /health} and {@code /metrics} beside a storefront in one root context, so routes are found by the
 * path inside the context rather than inside each mapping.
 */
final class ContextRootedApi extends HttpServlet {

    private final transient ApiServlet api;

    ContextRootedApi(ApiServlet api) {
        this.api = api;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        api.serve(request, response, true);
    }
}
