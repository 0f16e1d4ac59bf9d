package dev.salescycle.host.http;

import dev.salescycle.host.store.CustomerExport;
import dev.salescycle.host.store.Erasure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET} and {@code DELETE /api/v1/shops/{shop}/customers/{email}} (admin token): exports everything
 * stored about the address as JSON, or erases the personal data and cancels the customer's messages.
 */
final class CustomerRoutes {

    private static final int MAX_EMAIL = 320;

    private final HostApi api;

    CustomerRoutes(HostApi api) {
        this.api = api;
    }

    void handle(String method, String shop, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!api.adminToken().accepts(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            throw new RequestException(401, "unauthorized", api.adminToken().enabled()
                    ? "customer data needs the header Authorization: Bearer <host.adminToken>"
                    : "customer data needs the admin API: set host.adminToken in the config", null);
        }
        String email = email(request);
        if (method.equals("DELETE")) {
            Erasure erasure = api.store().eraseCustomer(shop, email, api.clock().instant())
                    .orElseThrow(() -> unknown(shop, email));
            ApiServlet.writeJson(response, 200, Views.object().put("email", email).put("erased", true)
                    .put("pseudonym", erasure.pseudonym()).put("leadsDeleted", erasure.leads())
                    .put("ordersKept", erasure.orders()).put("messagesCancelled", erasure.messagesCancelled())
                    .put("unsubscribesDeleted", erasure.unsubscribes()));
        } else {
            ApiServlet.require(method, "GET");
            CustomerExport export = api.store().exportCustomer(shop, email).orElseThrow(() -> unknown(shop, email));
            ApiServlet.writeJson(response, 200, CustomerView.of(shop, export));
        }
    }

    /** The address from the raw path: the servlet's form decoding would turn a '+' in it into a space. */
    private static String email(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String raw = uri.substring(uri.lastIndexOf('/') + 1);
        String email;
        try {
            email = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            throw RequestException.badField("email", "not a valid path segment");
        }
        int at = email.indexOf('@');
        if (at < 1 || at == email.length() - 1 || email.length() > MAX_EMAIL || email.chars().anyMatch(c -> c <= ' ')) {
            throw RequestException.badField("email", "expected an e-mail address");
        }
        return email;
    }

    private static RequestException unknown(String shop, String email) {
        return new RequestException(404, "unknown_customer", "shop " + shop + " stores nothing about " + email, null);
    }
}
