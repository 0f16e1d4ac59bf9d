package dev.salescycle.host.http;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;

/**
 * The raw (still percent-encoded) path a route is looked up by. Mounted in another server at a prefix such as
 * {@code /sales/*}, that is the path inside the mount; under the host's own server, where the API shares the
 * root context with a storefront, the path inside the context.
 */
final class MountPath {

    private MountPath() {
    }

    /**
     * What comes before the routed path in the request URI: {@code /sales} for {@code /sales/api/v1/x} routed as
     * {@code /api/v1/x}, {@code ""} for a host at the root.
     */
    static String prefix(HttpServletRequest request, String routedPath) {
        String uri = request.getRequestURI();
        return uri.endsWith(routedPath) ? uri.substring(0, uri.length() - routedPath.length()) : uri;
    }

    /** The path after the context path, such as {@code /api/v1/shops/s/leads}. */
    static String inContext(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.isEmpty() ? "/" : path;
    }

    /**
     * The path after the context path and, for a prefix mapping, after the servlet path: {@code /sales/api/v1/x}
     * under {@code /sales/*} is {@code /api/v1/x}. The prefix is cut by segments of the raw path, since the
     * servlet path is decoded and the raw one is not.
     */
    static String inMount(HttpServletRequest request) {
        String path = inContext(request);
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping == null || mapping.getMappingMatch() != MappingMatch.PATH) {
            return path;
        }
        String servletPath = request.getServletPath();
        int at = 0;
        for (int i = 0; i < servletPath.length(); i++) {
            if (servletPath.charAt(i) == '/') {
                at = path.indexOf('/', at + 1);
                if (at < 0) {
                    return "/";
                }
            }
        }
        return path.substring(at);
    }
}
