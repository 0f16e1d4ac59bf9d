package dev.salescycle.host.http;

import static dev.salescycle.host.html.HtmlText.escape;

import dev.salescycle.host.mail.InvalidTokenException;
import dev.salescycle.host.mail.MailLinks;
import dev.salescycle.host.mail.UnsubscribeToken;
import dev.salescycle.host.service.RequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/unsubscribe?token=...} (the link in a mail's footer) and {@code POST} of the same (the
 * one-click unsubscribe of RFC 8058, sent by mail programs from the {@code List-Unsubscribe} header):
 * records the unsubscribe and answers a plain HTML confirmation. A missing, forged, altered or expired
 * token is a 400 with the usual JSON error, like every error of the API.
 */
final class UnsubscribeRoute {

    static final String PATH = "/" + MailLinks.UNSUBSCRIBE_PATH;

    private final HostApi api;

    UnsubscribeRoute(HostApi api) {
        this.api = api;
    }

    void handle(String method, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new RequestException(405, "method_not_allowed", "use GET or POST here", null);
        }
        UnsubscribeToken token;
        try {
            token = api.retention().links().unsubscribeTokens().verify(request.getParameter("token"));
        } catch (InvalidTokenException e) {
            throw new RequestException(400, "invalid_token", e.getMessage(), "token");
        }
        api.store().unsubscribe(token.shopId(), token.email(), api.clock().instant(),
                method.equals("POST") ? "one-click" : "link");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        ApiServlet.writeBytes(response, 200, "text/html;charset=utf-8", page(token).getBytes(StandardCharsets.UTF_8));
    }

    private static String page(UnsubscribeToken token) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unsubscribed</title></head>\n"
                + "<body><h1>You are unsubscribed</h1>\n<p>" + escape(token.email())
                + " will get no more marketing e-mails from " + escape(token.shopId()) + ".</p></body></html>\n";
    }
}
