package dev.salescycle.host.http;

import dev.salescycle.host.mail.InvalidTokenException;
import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.TrackingToken;
import dev.salescycle.host.store.FunnelEventType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;

/**
 * {@code GET /api/v1/track/open?token=...} (the pixel in a marketing mail: records the mail as opened and
 * answers a transparent 1x1 GIF) and {@code GET /api/v1/track/click?token=...} (a link in it: records the
 * click and redirects to the signed target). Both are funnel events of the message's plugin. A missing,
 * forged, altered or expired token is a 400 with the usual JSON error and redirects nowhere.
 */
final class TrackRoute {

    static final String OPEN = "/" + MailLinks.OPEN_PATH;
    static final String CLICK = "/" + MailLinks.CLICK_PATH;

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final HostApi api;

    TrackRoute(HostApi api) {
        this.api = api;
    }

    void handle(String method, boolean click, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ApiServlet.require(method, "GET");
        TrackingToken token;
        try {
            token = api.retention().links().trackingTokens().verify(request.getParameter("token"));
        } catch (InvalidTokenException e) {
            throw new RequestException(400, "invalid_token", e.getMessage(), "token");
        }
        if (token.click() != click) {
            throw new RequestException(400, "invalid_token", "the tracking token is for the other endpoint", "token");
        }
        api.funnel().record(token.shopId(), click ? FunnelEventType.MESSAGE_CLICKED : FunnelEventType.MESSAGE_OPENED,
                Long.toString(token.messageId()), token.pluginId());
        response.setHeader("Cache-Control", "no-store");
        if (click) {
            response.setHeader("Location", token.url());
            ApiServlet.writeBytes(response, 302, "text/plain;charset=utf-8", new byte[0]);
        } else {
            ApiServlet.writeBytes(response, 200, "image/gif", PIXEL);
        }
    }
}
