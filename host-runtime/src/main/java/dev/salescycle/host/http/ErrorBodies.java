package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes {@code {"error":{"code","message","field?"}}} answers. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static void write(HttpServletResponse response, int status, String code, String message, String field) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ObjectNode body = Views.object();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        ApiServlet.writeBytes(response, status, "application/json;charset=utf-8", Json.MAPPER.writeValueAsBytes(body));
    }
}
