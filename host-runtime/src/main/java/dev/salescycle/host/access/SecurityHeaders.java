package dev.salescycle.host.access;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries: no content sniffing, no referrer, no framing and nothing loaded by an answer
 * of the API, never stored by caches. HTML pages replace the policy with their own (still framed by nobody).
 */
public final class SecurityHeaders {

    /** The policy of everything but pages: nothing may load, nobody may frame. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The policy of the host's own small pages (unsubscribe, confirmation): no script, style only from the host. */
    public static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", API_POLICY);
        response.setHeader("Cache-Control", "no-store");
    }
}
