package dev.salescycle.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Parses the cart with Jackson, adds up its lines and answers a JSON object of about the host's answer size:
 * the least any cart endpoint on this stack must do. Asynchronous on request, answering as the host does
 * (request put in async mode, answer written with its length, stream closed, async completed), to measure
 * what the servlet async API costs by itself.
 */
final class BareCartServlet extends HttpServlet {

    /** The length of the answer without its padding, for a 5-line cart. */
    private static final int BASE_BYTES = 120;

    private final transient ObjectMapper json = new ObjectMapper();
    private final String padding;
    private final boolean async;

    BareCartServlet(int answerBytes, boolean async) {
        this.padding = "x".repeat(Math.max(0, answerBytes - BASE_BYTES));
        this.async = async;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AsyncContext context = null;
        if (async) {
            context = request.startAsync();
            context.setTimeout(0);
        }
        JsonNode cart = json.readTree(request.getInputStream());
        BigDecimal subtotal = BigDecimal.ZERO;
        for (JsonNode line : cart.path("lines")) {
            subtotal = subtotal.add(new BigDecimal(line.path("unitPrice").asText("0"))
                    .multiply(BigDecimal.valueOf(line.path("quantity").asInt(1))));
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("cartId", cart.path("cartId").asText(null));
        answer.put("currency", cart.path("currency").asText());
        answer.put("subtotal", subtotal.toPlainString());
        answer.put("lines", cart.path("lines").size());
        answer.putArray("offers");
        answer.putArray("recommendations");
        answer.putArray("skipped");
        answer.put("padding", padding);
        byte[] bytes = json.writeValueAsBytes(answer);
        response.setStatus(200);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        if (context != null) {
            response.getOutputStream().close();
            context.complete();
        }
    }
}
