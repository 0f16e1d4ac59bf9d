package dev.salescycle.host.http;

import dev.salescycle.host.access.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * An admitted request: the servlet request and response, the path's captured segments, the query, and who the
 * caller proved to be.
 *
 * @param request the request
 * @param response the response
 * @param params captured path segments by name
 * @param query the decoded query string
 * @param caller who the request was admitted as
 */
record Exchange(HttpServletRequest request, HttpServletResponse response, Map<String, String> params, Query query,
                Caller caller) {

    String param(String name) {
        return params.get(name);
    }

    /** The shop of the path, for routes under {@code api/v1/shops/{shop}}. */
    String shop() {
        return params.get("shop");
    }
}
